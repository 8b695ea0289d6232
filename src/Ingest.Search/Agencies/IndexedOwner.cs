namespace Ingest.Search.Agencies;

/// <summary>An owner of an indexed task: the name as extracted, its role (lead or support) and its agency id.</summary>
public sealed record IndexedOwner(string Name, string Role, string Id);
