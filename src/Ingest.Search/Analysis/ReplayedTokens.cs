using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ingest.Search.Analysis;

/// <summary>
/// A token stream that gives the syllables of a <see cref="SyllableList"/>, lower case or folded, and with
/// <c>bigrams</c> each pair of neighbouring folded syllables before the second one: the same tokens that the exact,
/// the folded or the folded-with-bigrams analyzer gives for that text (<see cref="SyllableBigramFilter"/>), made
/// straight from the list instead of by copying each token through a filter. Reusable: <see cref="Replay"/> sets the
/// next list, and each Reset starts again from its first syllable.
/// </summary>
internal sealed class ReplayedTokens : TokenStream
{
    private const string BigramType = "shingle";
    private static readonly SyllableList Empty = new();

    private readonly bool _folded;
    private readonly bool _bigrams;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IPositionLengthAttribute _length;
    private readonly ITypeAttribute _type;
    private SyllableList _syllables = Empty;
    private int _next;
    private bool _syllableAfterBigram;

    public ReplayedTokens(bool folded, bool bigrams = false)
    {
        _folded = folded;
        _bigrams = bigrams;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _length = AddAttribute<IPositionLengthAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public void Replay(SyllableList syllables) => _syllables = syllables;

    public override bool IncrementToken()
    {
        if (_syllableAfterBigram)
        {
            _syllableAfterBigram = false;
            Syllable(_next - 1);
            return true;
        }
        if (_next == _syllables.Count)
        {
            return false;
        }
        var index = _next++;
        // A bigram joins a syllable to the one just before it, never across a gap (a skipped over-long token).
        if (_bigrams && index > 0 && _syllables[index].Increment == 1)
        {
            Bigram(index - 1, index);
            _syllableAfterBigram = true;
            return true;
        }
        Syllable(index);
        return true;
    }

    // Each token sets every attribute of the stream, so none needs clearing first (ClearAttributes visits them all).
    private void Syllable(int index)
    {
        ref readonly var syllable = ref _syllables[index];
        var term = _syllables.Term(syllable, _folded);
        term.CopyTo(_term.ResizeBuffer(term.Length));
        _term.Length = term.Length;
        _offset.SetOffset(syllable.StartOffset, syllable.EndOffset);
        _increment.PositionIncrement = syllable.Increment;
        _length.PositionLength = 1;
        _type.Type = syllable.Type;
    }

    private void Bigram(int firstIndex, int secondIndex)
    {
        ref readonly var first = ref _syllables[firstIndex];
        ref readonly var second = ref _syllables[secondIndex];
        var left = _syllables.Term(first, _folded);
        var right = _syllables.Term(second, _folded);
        var buffer = _term.ResizeBuffer(left.Length + 1 + right.Length);
        left.CopyTo(buffer);
        buffer[left.Length] = VietnameseAnalyzer.BigramSeparator[0];
        right.CopyTo(buffer.AsSpan(left.Length + 1));
        _term.Length = left.Length + 1 + right.Length;
        _offset.SetOffset(first.StartOffset, second.EndOffset);
        _increment.PositionIncrement = 0;
        _length.PositionLength = 2;
        _type.Type = BigramType;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_syllables.FinalOffset, _syllables.FinalOffset);
        _increment.PositionIncrement = _syllables.FinalIncrement;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
        _syllableAfterBigram = false;
    }
}
