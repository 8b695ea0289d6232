using Ingest.Search.Results;

namespace Ingest.Search.Agencies;

/// <summary>An agency's tasks in one document, in document order.</summary>
public sealed record AgencyDocumentTasks(HitDocument Document, IReadOnlyList<AgencyTask> Tasks);
