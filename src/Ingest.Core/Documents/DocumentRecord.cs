namespace Ingest.Core.Documents;

/// <summary>One ingested file, identified by the SHA-256 of its bytes.</summary>
public sealed record DocumentRecord(
    string Id,
    string FileName,
    string MediaType,
    long Size,
    DocumentStatus Status,
    string? Error,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt);
