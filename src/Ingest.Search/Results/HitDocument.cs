namespace Ingest.Search.Results;

/// <summary>The source document of a hit.</summary>
public sealed record HitDocument(
    string Id,
    string File,
    string? Number,
    string? Kind,
    string? Issuer,
    string? Place,
    string? Date,
    string? Title,
    IReadOnlyList<string> References);
