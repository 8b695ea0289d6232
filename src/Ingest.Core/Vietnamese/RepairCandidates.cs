namespace Ingest.Core.Vietnamese;

/// <summary>
/// The lexicon syllables a word could have been before OCR damaged it: same letters once marks are removed, differing
/// by at most a few confusions — a tone mark (hỏi/ngã/nặng, sắc/huyền, a lost or an added one), a vowel modifier
/// (ơ/o/ô, ư/u, ê/e, â/ă/a), đ/d; for words outside the lexicon also rn/m and l/i.
/// </summary>
internal sealed class RepairCandidates
{
    private readonly SyllableLexicon _lexicon;
    private readonly Dictionary<string, List<int>> _bySkeleton = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> _skeletons;

    public RepairCandidates(SyllableLexicon lexicon)
    {
        _lexicon = lexicon;
        _skeletons = _bySkeleton.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var id = 0; id < lexicon.SyllableCount; id++)
        {
            var skeleton = Skeleton(lexicon.SyllableOf(id));
            if (!_bySkeleton.TryGetValue(skeleton, out var ids))
            {
                _bySkeleton[skeleton] = ids = [];
            }
            ids.Add(id);
        }
    }

    /// <summary>Adds (id, cost) of each candidate other than the word itself, cost at most <paramref name="maxCost"/>.</summary>
    public void Find(ReadOnlySpan<char> lowerWord, int maxCost, bool withLetterConfusions, List<(int Id, int Cost)> found)
    {
        found.Clear();
        AddSameSkeleton(lowerWord, 0, maxCost, found);
        if (!withLetterConfusions || maxCost < 1)
        {
            return;
        }
        Span<char> variant = stackalloc char[lowerWord.Length + 1];
        for (var i = 0; i < lowerWord.Length; i++)
        {
            var c = lowerWord[i];
            if (c is 'l' or 'i')
            {
                lowerWord.CopyTo(variant);
                variant[i] = c == 'l' ? 'i' : 'l';
                AddSameSkeleton(variant[..lowerWord.Length], 1, maxCost, found);
            }
            if (c == 'r' && i + 1 < lowerWord.Length && lowerWord[i + 1] == 'n')
            {
                lowerWord[..i].CopyTo(variant);
                variant[i] = 'm';
                lowerWord[(i + 2)..].CopyTo(variant[(i + 1)..]);
                AddSameSkeleton(variant[..(lowerWord.Length - 1)], 1, maxCost, found);
            }
            if (c == 'm' && lowerWord.Length < SyllableParser.MaxLength)
            {
                lowerWord[..i].CopyTo(variant);
                variant[i] = 'r';
                variant[i + 1] = 'n';
                lowerWord[(i + 1)..].CopyTo(variant[(i + 2)..]);
                AddSameSkeleton(variant[..(lowerWord.Length + 1)], 1, maxCost, found);
            }
        }
    }

    private void AddSameSkeleton(ReadOnlySpan<char> word, int baseCost, int maxCost, List<(int Id, int Cost)> found)
    {
        Span<char> skeleton = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            skeleton[i] = VietnameseText.FoldChar(word[i]);
        }
        if (!_skeletons.TryGetValue(skeleton, out var ids))
        {
            return;
        }
        foreach (var id in ids)
        {
            var cost = baseCost + Distance(word, _lexicon.SyllableOf(id));
            if (cost > 0 && cost <= maxCost && !Contains(found, id))
            {
                found.Add((id, cost));
            }
        }
    }

    /// <summary>Confusions between two words of the same skeleton: one per letter whose modifier differs, one for the tone.</summary>
    internal static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var cost = 0;
        var toneA = VietnameseTone.None;
        var toneB = VietnameseTone.None;
        for (var i = 0; i < a.Length; i++)
        {
            if (VietnameseLetters.StripTone(a[i]) != VietnameseLetters.StripTone(b[i]))
            {
                cost++;
            }
            toneA = VietnameseLetters.ToneOf(a[i]) is var ta and not VietnameseTone.None ? ta : toneA;
            toneB = VietnameseLetters.ToneOf(b[i]) is var tb and not VietnameseTone.None ? tb : toneB;
        }
        return toneA == toneB ? cost : cost + 1;
    }

    private static string Skeleton(string word) => string.Create(word.Length, word, static (span, w) =>
    {
        for (var i = 0; i < w.Length; i++)
        {
            span[i] = VietnameseText.FoldChar(w[i]);
        }
    });

    private static bool Contains(List<(int Id, int Cost)> found, int id)
    {
        foreach (var (existing, _) in found)
        {
            if (existing == id)
            {
                return true;
            }
        }
        return false;
    }
}
