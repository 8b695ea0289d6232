using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Ingest.Search.Analysis;

/// <summary>
/// Syllable tokens, lower-cased; <c>folded</c> also removes diacritics so "giam ngheo" finds "giảm nghèo".
/// Input is NFC (the pipeline and the query parser normalise first).
/// </summary>
public sealed class VietnameseAnalyzer(bool folded) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        if (folded)
        {
            stream = new VietnameseFoldingFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }
}
