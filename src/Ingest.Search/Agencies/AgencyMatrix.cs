using Ingest.Search.Results;

namespace Ingest.Search.Agencies;

/// <summary>
/// Agency × document for the tasks a query matches: the agencies with most tasks (rows), the documents with most
/// tasks (columns), and the non-empty cells between them. <see cref="Tasks"/> is the number of matching tasks.
/// </summary>
public sealed record AgencyMatrix(
    int Tasks,
    IReadOnlyList<MatrixAgency> Agencies,
    IReadOnlyList<HitDocument> Documents,
    IReadOnlyList<MatrixCell> Cells);
