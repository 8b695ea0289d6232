using Ingest.Search.Analysis;
using Ingest.Search.Indexing;
using Ingest.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace Ingest.Search.Reading;

/// <summary>
/// Items like a given one in other documents ("similar tasks in other provinces"): MoreLikeThis over the folded text
/// with its bigrams, so shared multi-syllable words weigh most; same type, other documents only.
/// </summary>
internal static class SimilarItems
{
    private const double MinimumShare = 0.3;

    /// <summary>Null when the item is not in the index.</summary>
    public static IReadOnlyList<SearchHit>? Find(IndexSearcher searcher, string itemId, int limit)
    {
        var reader = new ItemReader(searcher);
        if (reader.Find(itemId) is not var (_, item))
        {
            return null;
        }
        var likeThis = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = IndexAnalyzer.FoldedWithBigrams,
            FieldNames = [IndexFields.TextFolded],
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxQueryTerms = 30,
        };
        using var text = new StringReader(item.Text);
        var like = likeThis.Like(text, IndexFields.TextFolded);
        if (like is BooleanQuery terms)
        {
            // Sharing one common syllable ("các") is not being similar: a part of the interesting terms must match.
            terms.MinimumNumberShouldMatch = Math.Max(1, (int)(terms.Clauses.Count * MinimumShare));
        }
        var query = new BooleanQuery
        {
            { like, Occur.MUST },
            { new TermQuery(new Term(IndexFields.Type, item.Type)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.DocumentId, item.DocumentId)), Occur.MUST_NOT },
        };
        return searcher.Search(query, Math.Max(1, limit)).ScoreDocs
            .Select(sd => reader.Hit(sd.Doc, sd.Score))
            .ToList();
    }
}
