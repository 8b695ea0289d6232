using Ingest.Core.Extraction;

namespace Ingest.Search.Agencies;

/// <summary>One task of an agency's view: its text, deadline and every owner (to see who else is on it).</summary>
public sealed record AgencyTask(string Id, string Text, Deadline? Deadline, IReadOnlyList<IndexedOwner> Owners);
