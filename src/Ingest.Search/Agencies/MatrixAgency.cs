namespace Ingest.Search.Agencies;

/// <summary>A row of the agency × document matrix: the agency and its task counts over all columns.</summary>
public sealed record MatrixAgency(string Id, string Name, int Lead, int Support);
