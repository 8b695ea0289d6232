using Ingest.Search.Agencies;
using Ingest.Search.Facets;
using Ingest.Search.Highlighting;
using Ingest.Search.Indexing;
using Ingest.Search.Links;
using Ingest.Search.Querying;
using Ingest.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Search.Reading;

/// <summary>The questions the index answers, over whatever searcher manager the owner keeps fresh.</summary>
internal sealed class SearchOperations(SearcherManager manager) : ISearchService
{
    public SearchResponse Search(SearchRequest request)
    {
        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.Size, 1, SearchRequest.MaxSize);
        var parsed = UserQueryParser.Parse(request.Query);
        var query = Filtered(parsed.Query, request.Filters);
        return SearcherLease.Use(manager, searcher =>
        {
            var (top, facets) = Run(searcher, query, request.Sort, page * size, request.Facets);
            var reader = new ItemReader(searcher);
            var hits = top.ScoreDocs.Skip((page - 1) * size)
                .Select(scoreDoc => Hit(reader, scoreDoc, parsed.HighlightTerms))
                .ToList();
            return new SearchResponse(top.TotalHits, page, size, hits,
                facets?.Results(Math.Max(1, request.FacetSize)) ?? new Dictionary<string, IReadOnlyList<FacetCount>>());
        });
    }

    /// <summary>
    /// Top hits alone go through the searcher's own top-hits search, which scores segments in parallel; with facets,
    /// each segment feeds its own pair of collectors, segments in parallel, and the pairs are merged.
    /// </summary>
    private static (TopDocs Top, FacetCounter? Facets) Run(IndexSearcher searcher, Query query, SearchSort sort, int count, bool withFacets)
    {
        if (!withFacets)
        {
            return (sort == SearchSort.Relevance
                ? searcher.Search(query, count)
                : searcher.Search(query, null, count, Sorting.For(sort), doDocScores: true, doMaxScore: false), null);
        }
        var groups = FacetGroups.For(searcher.IndexReader);
        if (searcher is not LeafParallelSearcher parallel)
        {
            var top = TopCollector(sort, count);
            var facets = new FacetCounter(groups);
            searcher.Search(query, MultiCollector.Wrap((ICollector)top, facets));
            return (top.GetTopDocs(), facets);
        }
        var parts = parallel.SearchEachSegment(query, () => new TopAndFacets(TopCollector(sort, count), new FacetCounter(groups)));
        if (parts.Count == 0)
        {
            // An index with no segment yet (nothing indexed).
            return (new TopDocs(0, [], float.NaN), new FacetCounter(groups));
        }
        var merged = parts[0].Facets;
        foreach (var part in parts.Skip(1))
        {
            merged.Add(part.Facets);
        }
        var tops = parts.Select(p => p.Top.GetTopDocs()).ToArray();
        var all = sort == SearchSort.Relevance
            ? TopDocs.Merge(null, count, tops)
            : TopDocs.Merge(Sorting.For(sort), count, tops.Cast<TopFieldDocs>().ToArray());
        return (all, merged);
    }

    public AgencyTasks? AgencyTasks(string agencyId, int limit = 2000) =>
        SearcherLease.Use(manager, searcher => AgencyView.Tasks(searcher, agencyId, limit));

    public AgencyMatrix AgencyMatrix(SearchRequest request, int maxAgencies = 25, int maxDocuments = 25) =>
        SearcherLease.Use(manager, searcher => MatrixView.Build(searcher, request, maxAgencies, maxDocuments));

    public DocumentLinks? DocumentLinks(string documentId) =>
        SearcherLease.Use(manager, searcher => LinkView.Links(searcher, documentId));

    public IReadOnlyList<SearchHit>? Similar(string itemId, int limit = 10) =>
        SearcherLease.Use(manager, searcher => SimilarItems.Find(searcher, itemId, limit));

    private static SearchHit Hit(ItemReader reader, ScoreDoc scoreDoc, IReadOnlySet<string> terms)
    {
        var item = reader.Item(scoreDoc.Doc);
        return reader.ToHit(item, scoreDoc.Score, SnippetBuilder.Html(item.Text, terms));
    }

    /// <summary>The query restricted by the facet filters: values of one dimension are alternatives.</summary>
    internal static Query Filtered(Query query, IReadOnlyList<FacetFilter> filters)
    {
        if (filters.Count == 0)
        {
            return query;
        }
        var all = new BooleanQuery();
        foreach (var group in filters.GroupBy(f => f.Dimension, StringComparer.OrdinalIgnoreCase))
        {
            var dimension = FacetDimensions.Find(group.Key) ?? throw QueryErrors.UnknownFacet(group.Key);
            var any = new BooleanQuery();
            foreach (var filter in group)
            {
                any.Add(new TermQuery(new Term(dimension.FilterField, filter.Value)), Occur.SHOULD);
            }
            all.Add(any, Occur.MUST);
        }
        return new FilteredQuery(query, new QueryWrapperFilter(all));
    }

    private static ITopDocsCollector TopCollector(SearchSort sort, int count) => sort switch
    {
        SearchSort.Relevance => TopScoreDocCollector.Create(count, docsScoredInOrder: false),
        _ => TopFieldCollector.Create(Sorting.For(sort), count, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false),
    };
}
