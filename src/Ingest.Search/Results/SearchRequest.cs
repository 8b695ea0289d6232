namespace Ingest.Search.Results;

/// <summary>A search: the query as people type it, and which page of how many hits.</summary>
public sealed record SearchRequest(string Query)
{
    public const int MaxSize = 1000;

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    public int Size { get; init; } = 20;
}
