using Ingest.Core.Vietnamese;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ingest.Search.Analysis;

/// <summary>
/// Folds each term with the shared <see cref="VietnameseText.FoldChar"/> (đ → d, marks removed), through its
/// table of remembered results.
/// </summary>
public sealed class VietnameseFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public VietnameseFoldingFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            buffer[i] = VietnameseText.FoldChar(buffer[i]);
        }
        return true;
    }
}
