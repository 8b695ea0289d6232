using Ingest.Core.Vietnamese;
using Ingest.Search.Analysis;
using Ingest.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Ingest.Search.Querying;

/// <summary>
/// Parses what people type: free text over the exact and folded text (exact matches rank higher),
/// "quoted phrases", and fields such as owner:"Sở Y tế", type:task, year:2018.
/// </summary>
public static class UserQueryParser
{
    public static Analyzer Analyzer { get; } = BuildAnalyzer();

    public static Query Parse(string query)
    {
        var text = VietnameseText.Normalize(query).Trim();
        if (text.Length == 0)
        {
            return new MatchAllDocsQuery();
        }
        var parser = new MultiFieldQueryParser(
            VietnameseAnalyzer.Version,
            [IndexFields.Text, IndexFields.TextFolded],
            Analyzer,
            new Dictionary<string, float> { [IndexFields.Text] = 2f, [IndexFields.TextFolded] = 1f })
        {
            DefaultOperator = Operator.AND,
        };
        try
        {
            return parser.Parse(text);
        }
        catch (ParseException e)
        {
            throw new QuerySyntaxException(
                $"The query '{query}' cannot be read: close every quote and bracket, and write fields as name:value " +
                "(e.g. owner:\"Sở Y tế\" year:2018).", e);
        }
    }

    private static Analyzer BuildAnalyzer()
    {
        var keyword = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(IndexAnalyzer.PerField, new Dictionary<string, Analyzer>
        {
            // Bigram terms are built by TextQueries; the classic parser only sees syllables.
            [IndexFields.Text] = IndexAnalyzer.Exact,
            [IndexFields.TextFolded] = IndexAnalyzer.Folded,
            [IndexFields.Type] = keyword,
            [IndexFields.DocumentId] = keyword,
            [IndexFields.ItemId] = keyword,
            [IndexFields.OwnerId] = keyword,
            [IndexFields.LeadId] = keyword,
            [IndexFields.SupportId] = keyword,
        });
    }
}
