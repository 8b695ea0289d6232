using Ingest.Core.Vietnamese;

namespace Ingest.Search.Analysis;

/// <summary>
/// The syllables of one text as the analyzers' tokenizer split it (<see cref="SyllableSplitter"/>), kept in both
/// forms the index needs: lower case (<see cref="VietnameseText.ToLowerChar"/>) and folded
/// (<see cref="VietnameseText.FoldChar"/>), with
/// offsets, position increments and types. <see cref="ReplayedTokens"/> gives them to Lucene as the exact or the
/// folded analyzer would, so a text indexed in several fields, or a value repeated on many items, is split once.
/// </summary>
internal sealed class SyllableList
{
    private char[] _lower;
    private char[] _folded;
    private SplitSyllable[] _syllables;
    private int _used;

    public SyllableList(int expectedChars = 32)
    {
        _lower = new char[expectedChars];
        _folded = new char[expectedChars];
        _syllables = new SplitSyllable[Math.Max(4, expectedChars / 4)];
    }

    public int Count { get; private set; }

    /// <summary>The offset and position increment the tokenizer reports at the end of the text.</summary>
    public int FinalOffset { get; private set; }

    public int FinalIncrement { get; private set; }

    public ref readonly SplitSyllable this[int index] => ref _syllables[index];

    public ReadOnlySpan<char> Term(in SplitSyllable syllable, bool folded) =>
        (folded ? _folded : _lower).AsSpan(syllable.TermStart, syllable.TermLength);

    public void Clear()
    {
        Count = 0;
        _used = 0;
    }

    /// <summary>Adds a token as the tokenizer wrote it; it is lower-cased and folded here.</summary>
    public void Add(ReadOnlySpan<char> term, int startOffset, int endOffset, int increment, string type)
    {
        if (_used + term.Length > _lower.Length)
        {
            var size = Math.Max(_lower.Length * 2, _used + term.Length);
            Array.Resize(ref _lower, size);
            Array.Resize(ref _folded, size);
        }
        for (var i = 0; i < term.Length; i++)
        {
            _lower[_used + i] = VietnameseText.ToLowerChar(term[i]);
            _folded[_used + i] = VietnameseText.FoldChar(term[i]);
        }
        if (Count == _syllables.Length)
        {
            Array.Resize(ref _syllables, _syllables.Length * 2);
        }
        _syllables[Count++] = new SplitSyllable(_used, term.Length, startOffset, endOffset, increment, type);
        _used += term.Length;
    }

    public void End(int finalOffset, int finalIncrement) => (FinalOffset, FinalIncrement) = (finalOffset, finalIncrement);
}
