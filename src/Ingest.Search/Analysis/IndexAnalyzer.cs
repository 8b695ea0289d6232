using Ingest.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace Ingest.Search.Analysis;

/// <summary>
/// The analyzer of each analysed field: text twice (exact syllables; folded syllables with syllable bigrams), and the
/// folded names of owners and document fields. Fields not named here are exact terms (StringField), never analysed.
/// </summary>
public static class IndexAnalyzer
{
    /// <summary>Exact syllables (lower case, diacritics kept), no bigrams: what queries are split into.</summary>
    public static Analyzer Exact { get; } = new VietnameseAnalyzer(folded: false, normalize: false);

    /// <summary>Folded syllables, no bigrams: owner names, document fields, highlighting.</summary>
    public static Analyzer Folded { get; } = new VietnameseAnalyzer(folded: true, normalize: false);

    public static Analyzer FoldedWithBigrams { get; } = new VietnameseAnalyzer(folded: true, bigrams: true, normalize: false);

    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(Exact, new Dictionary<string, Analyzer>
    {
        [IndexFields.Text] = Exact,
        [IndexFields.TextFolded] = FoldedWithBigrams,
        [IndexFields.Lead] = Folded,
        [IndexFields.Support] = Folded,
        [IndexFields.Kind] = Folded,
        [IndexFields.Issuer] = Folded,
        [IndexFields.Place] = Folded,
    });
}
