using Ingest.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace Ingest.Search.Analysis;

/// <summary>
/// The analyzer of each analysed field: exact text, folded text, and the folded names of owners and document
/// fields. Fields not named here are indexed as exact terms (StringField) and never analysed.
/// </summary>
public static class IndexAnalyzer
{
    public static Analyzer Exact { get; } = new VietnameseAnalyzer(folded: false);

    public static Analyzer Folded { get; } = new VietnameseAnalyzer(folded: true);

    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(Exact, new Dictionary<string, Analyzer>
    {
        [IndexFields.Text] = Exact,
        [IndexFields.TextFolded] = Folded,
        [IndexFields.Owner] = Folded,
        [IndexFields.Lead] = Folded,
        [IndexFields.Support] = Folded,
        [IndexFields.Kind] = Folded,
        [IndexFields.Issuer] = Folded,
        [IndexFields.Place] = Folded,
    });
}
