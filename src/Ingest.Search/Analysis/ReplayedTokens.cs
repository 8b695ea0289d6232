using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ingest.Search.Analysis;

/// <summary>
/// A token stream that gives the syllables of a <see cref="SyllableTokens"/>, lower case or folded: the same tokens
/// that the exact or the folded analyzer gives for that text. Reusable: each Reset starts again from the first one.
/// </summary>
internal sealed class ReplayedTokens : TokenStream
{
    private readonly SyllableTokens _tokens;
    private readonly bool _folded;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;
    private int _next;

    public ReplayedTokens(SyllableTokens tokens, bool folded)
    {
        _tokens = tokens;
        _folded = folded;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next == _tokens.Count)
        {
            return false;
        }
        ClearAttributes();
        ref readonly var token = ref _tokens[_next++];
        var term = _tokens.Term(token, _folded);
        term.CopyTo(_term.ResizeBuffer(term.Length));
        _term.Length = term.Length;
        _offset.SetOffset(token.StartOffset, token.EndOffset);
        _increment.PositionIncrement = token.Increment;
        _type.Type = token.Type;
        return true;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_tokens.FinalOffset, _tokens.FinalOffset);
        _increment.PositionIncrement = _tokens.FinalIncrement;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
