namespace Ingest.Search.Results;

/// <summary>One page of hits and the total number of matching items.</summary>
public sealed record SearchResponse(int Total, int Page, int Size, IReadOnlyList<SearchHit> Hits)
{
    public static SearchResponse Empty(int page, int size) => new(0, page, size, []);
}
