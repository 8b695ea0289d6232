using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ingest.Search.Analysis;

/// <summary>
/// A token stream that gives the syllables of a <see cref="SyllableList"/>, lower case or folded: the same tokens
/// that the exact or the folded analyzer gives for that text. Reusable: <see cref="Replay"/> sets the next list, and
/// each Reset starts again from its first syllable.
/// </summary>
internal sealed class ReplayedTokens : TokenStream
{
    private static readonly SyllableList Empty = new();

    private readonly bool _folded;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;
    private SyllableList _syllables = Empty;
    private int _next;

    public ReplayedTokens(bool folded)
    {
        _folded = folded;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public void Replay(SyllableList syllables) => _syllables = syllables;

    public override bool IncrementToken()
    {
        if (_next == _syllables.Count)
        {
            return false;
        }
        ClearAttributes();
        ref readonly var syllable = ref _syllables[_next++];
        var term = _syllables.Term(syllable, _folded);
        term.CopyTo(_term.ResizeBuffer(term.Length));
        _term.Length = term.Length;
        _offset.SetOffset(syllable.StartOffset, syllable.EndOffset);
        _increment.PositionIncrement = syllable.Increment;
        _type.Type = syllable.Type;
        return true;
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
    }
}
