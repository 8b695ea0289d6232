namespace Ingest.Search.Agencies;

/// <summary>How many matching tasks of one document an agency leads and supports.</summary>
public sealed record MatrixCell(string AgencyId, string DocumentId, int Lead, int Support);
