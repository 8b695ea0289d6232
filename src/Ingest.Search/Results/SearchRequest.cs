namespace Ingest.Search.Results;

/// <summary>A search: the query as people type it, facet filters, order, page, and whether to count facets.</summary>
public sealed record SearchRequest(string Query)
{
    public const int MaxSize = 1000;

    public IReadOnlyList<FacetFilter> Filters { get; init; } = [];

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    public int Size { get; init; } = 20;

    /// <summary>Count the values of every facet over all matching items (not only this page).</summary>
    public bool Facets { get; init; }

    /// <summary>How many values of each facet to return, most frequent first.</summary>
    public int FacetSize { get; init; } = 10;
}
