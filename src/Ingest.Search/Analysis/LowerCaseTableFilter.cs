using Ingest.Core.Vietnamese;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ingest.Search.Analysis;

/// <summary>Lower-cases each term through <see cref="VietnameseText.ToLowerChar"/>.</summary>
public sealed class LowerCaseTableFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public LowerCaseTableFilter(TokenStream input) : base(input)
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
            buffer[i] = VietnameseText.ToLowerChar(buffer[i]);
        }
        return true;
    }
}
