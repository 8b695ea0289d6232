namespace Ingest.Search;

/// <summary>What a rebuild of the index did: documents and items (tasks, targets, documents) indexed, and how long.</summary>
public sealed record RebuildSummary(long Documents, long Items, TimeSpan Elapsed);
