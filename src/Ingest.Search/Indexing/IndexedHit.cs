using Ingest.Core.Extraction;

namespace Ingest.Search.Indexing;

/// <summary>What a hit carries back to the caller: type, text, owners, deadline and its document.</summary>
public sealed record IndexedHit(
    string Type,
    string Text,
    IReadOnlyList<Owner> Owners,
    Deadline? Deadline,
    HitDocument Document,
    float Score);

/// <summary>The source document of a hit.</summary>
public sealed record HitDocument(string Id, string File, string? Number, string? Kind, string? Issuer, string? Place, string? Date, string? Title);

/// <summary>One page of results.</summary>
public sealed record SearchResult(int Total, IReadOnlyList<IndexedHit> Hits);
