using System.Text;

namespace Ingest.Core.Vietnamese;

/// <summary>One run of <see cref="OcrRepairer"/> over one text: the tokens, their lexicon ids, and the edits made.</summary>
internal sealed class RepairPass
{
    private const int NoContext = SyllableLanguageModel.NoContext;

    // A fixed expression: its first word comes with its second at least this often (or the second with the first).
    private const int CollocationMinimumCount = 5;
    private const double CollocationMinimumShare = 0.5;

    private readonly SyllableLexicon _lexicon;
    private readonly SyllableLanguageModel _model;
    private readonly RepairCandidates _candidates;
    private readonly OcrRepairOptions _options;
    private readonly string _text;
    private readonly List<SyllableToken> _tokens;
    private readonly int[] _ids;
    private readonly int[] _documentIds;
    private readonly bool[] _valid;
    private readonly bool[] _syllable;
    private readonly bool[] _eligible;
    private readonly Dictionary<long, int> _documentBigrams = [];
    private readonly Dictionary<int, int> _documentCounts = [];
    private readonly List<TextRepair> _repairs = [];
    private readonly List<(int Id, int Cost)> _found = [];
    private readonly List<(int Id, int Cost)> _foundNext = [];
    private StringBuilder? _output;
    private int _copied;
    private bool _documentCounted;

    public RepairPass(SyllableLexicon lexicon, SyllableLanguageModel model, RepairCandidates candidates, OcrRepairOptions options, string text)
    {
        (_lexicon, _model, _candidates, _options, _text) = (lexicon, model, candidates, options, text);
        _tokens = SyllableTokenizer.Tokenize(text);
        var n = _tokens.Count;
        _ids = new int[n];
        _documentIds = new int[n];
        _valid = new bool[n];
        _syllable = new bool[n];
        _eligible = new bool[n];
    }

    public RepairResult Run()
    {
        var syllables = Classify();
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (TryDropStackedVowel(i) || !_eligible[i])
            {
                continue;
            }
            if (TryDropRepeat(i) || TryReplacePair(i))
            {
                i++;
                continue;
            }
            TryReplaceSingle(i);
        }
        if (_output is null)
        {
            return new RepairResult(_text, _repairs, syllables);
        }
        _output.Append(_text, _copied, _text.Length - _copied);
        return new RepairResult(_output.ToString(), _repairs, syllables);
    }

    /// <summary>Finds the syllables, their ids, which may be repaired, and what the document itself repeats.</summary>
    private int Classify()
    {
        Span<char> lower = stackalloc char[SyllableParser.MaxLength];
        Dictionary<string, int>? unknownIds = null;
        var syllables = 0;
        for (var i = 0; i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            var word = _text.AsSpan(token.Start, token.Length);
            _ids[i] = SyllableLanguageModel.Unknown;
            _documentIds[i] = SyllableLanguageModel.Unknown;
            if (token.Attached || !SyllableParser.TryParse(word, out var parts))
            {
                continue;
            }
            syllables++;
            _syllable[i] = true;
            _valid[i] = SyllableValidator.IsValid(word, parts);
            var key = ToLower(word, lower);
            _ids[i] = _lexicon.IdOf(key);
            _eligible[i] = CaseAllowsRepair(word, token, _ids[i] >= 0 && _valid[i]);
            if (_ids[i] >= 0)
            {
                _documentIds[i] = _ids[i];
            }
            else
            {
                unknownIds ??= new Dictionary<string, int>(StringComparer.Ordinal);
                var name = key.ToString();
                if (!unknownIds.TryGetValue(name, out var local))
                {
                    unknownIds[name] = local = _lexicon.SyllableCount + unknownIds.Count;
                }
                _documentIds[i] = local;
            }
        }
        MarkHeadingsInCapitals();
        return syllables;
    }

    /// <summary>
    /// Words in capitals are open to repair inside a heading printed in capitals (MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP):
    /// a run of at least <see cref="HeadingMinimumWords"/> capital words (over punctuation and numbers, and over a
    /// line break: long headings wrap), nearly all of them words the
    /// lexicon knows, so not a run of acronyms or codes. Headings carry the structure (parts, periods), so an OCR
    /// error there (GIẢI ĐOẠN 2020 - 2025) costs more than one in a sentence.
    /// </summary>
    private void MarkHeadingsInCapitals()
    {
        var start = 0;
        while (start < _tokens.Count)
        {
            if (!IsCapitalSyllable(start))
            {
                start++;
                continue;
            }
            var end = start + 1;
            while (end < _tokens.Count && IsCapitalSyllable(end) && LineBreaksBetween(end - 1, end) <= 1)
            {
                end++;
            }
            var known = 0;
            for (var k = start; k < end; k++)
            {
                known += _ids[k] >= 0 && _valid[k] ? 1 : 0;
            }
            if (known >= HeadingMinimumWords && known >= HeadingMinimumKnownShare * (end - start))
            {
                for (var k = start; k < end; k++)
                {
                    _eligible[k] = true;
                }
            }
            start = end;
        }
    }

    private const int HeadingMinimumWords = 3;
    private const double HeadingMinimumKnownShare = 0.75;

    private int LineBreaksBetween(int previous, int next) =>
        _text.AsSpan(_tokens[previous].End, _tokens[next].Start - _tokens[previous].End).Count('\n');

    private bool IsCapitalSyllable(int i)
    {
        if (!_syllable[i])
        {
            return false;
        }
        var word = _text.AsSpan(_tokens[i].Start, _tokens[i].Length);
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Counts the syllables and bigrams of the document itself, once, when a suspect word first needs them.</summary>
    private void CountDocument()
    {
        if (_documentCounted)
        {
            return;
        }
        _documentCounted = true;
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (!_syllable[i])
            {
                continue;
            }
            _documentCounts[_documentIds[i]] = _documentCounts.GetValueOrDefault(_documentIds[i]) + 1;
            if (i > 0 && _tokens[i].JoinedToPrevious && _syllable[i - 1])
            {
                var pair = Key(_documentIds[i - 1], _documentIds[i]);
                _documentBigrams[pair] = _documentBigrams.GetValueOrDefault(pair) + 1;
            }
        }
    }

    /// <summary>
    /// Lower-case words are open to repair; a capitalised one only at the start of a sentence and when it is a
    /// known syllable (Giám mạnh), since inside a sentence it is a name; words in capitals never (acronyms, headings).
    /// </summary>
    private static bool CaseAllowsRepair(ReadOnlySpan<char> word, SyllableToken token, bool known)
    {
        for (var k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]))
            {
                return false;
            }
        }
        return !char.IsUpper(word[0]) || (token.SentenceStart && known && word.Length > 1);
    }

    /// <summary>
    /// PHÕỐ → PHỐ: OCR reads a vowel with two stacked marks as two vowels, both marked. Such a word breaks the syllable
    /// rules in any case, capitals too; without the first of the pair it is a syllable the lexicon knows.
    /// </summary>
    private bool TryDropStackedVowel(int i)
    {
        if (!_syllable[i] || _valid[i])
        {
            return false;
        }
        var token = _tokens[i];
        var word = _text.AsSpan(token.Start, token.Length);
        Span<char> lower = stackalloc char[SyllableParser.MaxLength];
        for (var k = 0; k + 1 < word.Length; k++)
        {
            if (VietnameseText.FoldChar(word[k]) != VietnameseText.FoldChar(word[k + 1]) || !IsMarked(word[k]) || !IsMarked(word[k + 1]))
            {
                continue;
            }
            var candidate = string.Concat(word[..k], word[(k + 1)..]);
            if (SyllableValidator.IsValid(candidate) && _lexicon.IdOf(ToLower(candidate, lower)) >= 0)
            {
                Replace(token.Start, token.End, candidate);
                return true;
            }
        }
        return false;
    }

    private static bool IsMarked(char c) => VietnameseText.FoldChar(c) != VietnameseLetters.ToLower(c);

    /// <summary>tinh tinh gọn → tinh gọn: a repeat the corpus never has, that does not end a word (trực tiếp tiếp nhận).</summary>
    private bool TryDropRepeat(int i)
    {
        var id = _ids[i];
        if (id < 0 || NextContext(i) != id || !_eligible[i + 1] || _lexicon.BigramCountOf(id, id) > 0)
        {
            return false;
        }
        var previous = PreviousContext(i);
        var after = NextContext(i + 1);
        if (IsAttested(previous, id) || !IsAttested(id, after))
        {
            return false;
        }
        var first = _tokens[i];
        Replace(first.Start, _tokens[i + 1].End, _text.Substring(first.Start, first.Length));
        return true;
    }

    /// <summary>
    /// Phần đầu → Phấn đấu: two neighbours the corpus never has together, each a confusion or two away from the words
    /// of a fixed expression of the corpus, and the expression fits the context much better.
    /// </summary>
    private bool TryReplacePair(int i)
    {
        var next = NextContext(i);
        if (next == NoContext || !_eligible[i + 1] || IsAttested(_ids[i], next))
        {
            return false;
        }
        var token = _tokens[i];
        var following = _tokens[i + 1];
        Span<char> lower = stackalloc char[SyllableParser.MaxLength];
        _candidates.Find(ToLower(_text.AsSpan(token.Start, token.Length), lower), _options.MaxEditCost, !_valid[i], _found);
        if (_found.Count == 0)
        {
            return false;
        }
        _candidates.Find(ToLower(_text.AsSpan(following.Start, following.Length), lower), _options.MaxEditCost, !_valid[i + 1], _foundNext);
        var previous = PreviousContext(i);
        var after = NextContext(i + 1);
        var original = PairScore(previous, _ids[i], _valid[i], _ids[i + 1], _valid[i + 1], after);
        var (bestGain, bestX, bestY) = (_options.Margin, -1, -1);
        foreach (var (x, costX) in _found)
        {
            foreach (var (y, costY) in _foundNext)
            {
                if (!IsFixedExpression(x, y))
                {
                    continue;
                }
                var gain = PairScore(previous, x, true, y, true, after) - original - _options.EditPenalty * (costX + costY);
                if (gain > bestGain)
                {
                    (bestGain, bestX, bestY) = (gain, x, y);
                }
            }
        }
        if (bestX < 0)
        {
            return false;
        }
        var first = WithCaseOf(_lexicon.SyllableOf(bestX), _text.AsSpan(token.Start, token.Length));
        var second = WithCaseOf(_lexicon.SyllableOf(bestY), _text.AsSpan(following.Start, following.Length));
        Replace(token.Start, following.End, first + _text[token.End..following.Start] + second);
        (_ids[i], _valid[i], _ids[i + 1], _valid[i + 1]) = (bestX, true, bestY, true);
        return true;
    }

    /// <summary>
    /// đầu môi → đầu mối: a word with no bigram known to the corpus or repeated in the document, replaced by a
    /// candidate the corpus has seen next to every neighbour, or that forms a fixed expression with one of them (giải
    /// đoạn → giai đoạn), when the bigram model prefers it by far.
    /// </summary>
    private void TryReplaceSingle(int i)
    {
        var previous = PreviousContext(i);
        var next = NextContext(i);
        if (!IsSuspicious(i, previous, next))
        {
            return;
        }
        var token = _tokens[i];
        var word = _text.AsSpan(token.Start, token.Length);
        Span<char> lower = stackalloc char[SyllableParser.MaxLength];
        _candidates.Find(ToLower(word, lower), _options.MaxEditCost, _ids[i] < 0 || !_valid[i], _found);
        var original = SingleScore(previous, _ids[i], _valid[i], next);
        var (bestGain, best) = (_options.Margin, -1);
        foreach (var (id, cost) in _found)
        {
            if (_valid[i] && !FitsEveryNeighbour(previous, id, next) && !FormsFixedExpression(previous, id, next))
            {
                continue;
            }
            var gain = SingleScore(previous, id, true, next) - original - _options.EditPenalty * cost;
            if (gain > bestGain)
            {
                (bestGain, best) = (gain, id);
            }
        }
        if (best >= 0)
        {
            Replace(token.Start, token.End, WithCaseOf(_lexicon.SyllableOf(best), word));
            (_ids[i], _valid[i]) = (best, true);
        }
    }

    /// <summary>
    /// Invalid words are always suspect. A valid one is when it has a neighbour and no neighbour forms with it a
    /// bigram the corpus knows or the document repeats; an unknown valid one that the document repeats is not.
    /// </summary>
    private bool IsSuspicious(int i, int previous, int next)
    {
        if (!_valid[i])
        {
            return true;
        }
        if (previous == NoContext && next == NoContext)
        {
            return false;
        }
        if (IsAttested(previous, _ids[i]) || IsAttested(_ids[i], next))
        {
            return false;
        }
        CountDocument();
        if (_ids[i] < 0 && _documentCounts[_documentIds[i]] > 1)
        {
            return false;
        }
        var repeatedBefore = previous != NoContext && _documentBigrams.GetValueOrDefault(Key(_documentIds[i - 1], _documentIds[i])) > 1;
        var repeatedAfter = next != NoContext && _documentBigrams.GetValueOrDefault(Key(_documentIds[i], _documentIds[i + 1])) > 1;
        return !repeatedBefore && !repeatedAfter;
    }

    private bool IsFixedExpression(int x, int y)
    {
        var count = _lexicon.BigramCountOf(x, y);
        return count >= CollocationMinimumCount
            && (count >= CollocationMinimumShare * _lexicon.CountOf(x) || count >= CollocationMinimumShare * _lexicon.CountOf(y));
    }

    /// <summary>
    /// giải đoạn → giai đoạn: the neighbour nearly always comes with the candidate ("đoạn" with "giai"), so the
    /// neighbour itself asks for it; a neighbour that is common in many phrases does not (trường cùng cấp ↛ cung cấp).
    /// </summary>
    private bool FormsFixedExpression(int previous, int id, int next) =>
        (previous >= 0 && ComesWith(previous, previous, id)) || (next >= 0 && ComesWith(next, id, next));

    private bool ComesWith(int neighbour, int first, int second)
    {
        var count = _lexicon.BigramCountOf(first, second);
        return count >= CollocationMinimumCount && count >= CollocationMinimumShare * _lexicon.CountOf(neighbour);
    }

    private bool FitsEveryNeighbour(int previous, int id, int next) =>
        (previous >= 0 || next >= 0)
        && (previous == NoContext || IsAttested(previous, id))
        && (next == NoContext || IsAttested(id, next));

    private bool IsAttested(int first, int second) => first >= 0 && second >= 0 && _lexicon.BigramCountOf(first, second) > 0;

    private double SingleScore(int previous, int id, bool valid, int next) =>
        _model.LogBigram(previous, id, valid) + (next != NoContext ? _model.LogBigram(id, next, true) : 0);

    private double PairScore(int previous, int x, bool validX, int y, bool validY, int after) =>
        _model.LogBigram(previous, x, validX)
        + _model.LogBigram(x, y, validY)
        + (after != NoContext ? _model.LogBigram(y, after, true) : 0);

    /// <summary>The id of the syllable before token <paramref name="i"/> when the two form a bigram, else <see cref="NoContext"/>.</summary>
    private int PreviousContext(int i) =>
        i > 0 && _syllable[i] && _tokens[i].JoinedToPrevious && _syllable[i - 1] ? _ids[i - 1] : NoContext;

    /// <summary>The id of the syllable after token <paramref name="i"/> when the two form a bigram, else <see cref="NoContext"/>.</summary>
    private int NextContext(int i) =>
        i + 1 < _tokens.Count && _syllable[i] && _tokens[i + 1].JoinedToPrevious && _syllable[i + 1] ? _ids[i + 1] : NoContext;

    private void Replace(int start, int end, string replacement)
    {
        _output ??= new StringBuilder(_text.Length);
        _output.Append(_text, _copied, start - _copied);
        _output.Append(replacement);
        _copied = end;
        _repairs.Add(new TextRepair(start, _text[start..end], replacement));
    }

    private static long Key(int first, int second) => ((long)first << 32) | (uint)second;

    private static string WithCaseOf(string lower, ReadOnlySpan<char> original) =>
        original.Length > 1 && char.IsUpper(original[^1]) ? lower.ToUpperInvariant()
        : char.IsUpper(original[0]) ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;

    private static ReadOnlySpan<char> ToLower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        for (var k = 0; k < word.Length; k++)
        {
            buffer[k] = VietnameseLetters.ToLower(word[k]);
        }
        return buffer[..word.Length];
    }
}
