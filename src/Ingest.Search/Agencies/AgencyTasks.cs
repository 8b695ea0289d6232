namespace Ingest.Search.Agencies;

/// <summary>
/// "Which agency owns which task", for one agency: its tasks as lead and as support, each grouped by document
/// (newest document first). <see cref="Place"/> is the place of a local agency, null for a national one.
/// </summary>
public sealed record AgencyTasks(
    string Id,
    string Name,
    string? Place,
    int LeadCount,
    int SupportCount,
    IReadOnlyList<AgencyDocumentTasks> Lead,
    IReadOnlyList<AgencyDocumentTasks> Support);
