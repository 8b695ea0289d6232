namespace Ingest.Search.Results;

/// <summary>One page of hits, the total number of matching items, and facet counts when asked for.</summary>
public sealed record SearchResponse(
    int Total,
    int Page,
    int Size,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    public static SearchResponse Empty(int page, int size) => new(0, page, size, [], new Dictionary<string, IReadOnlyList<FacetCount>>());
}
