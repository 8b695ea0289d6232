using Ingest.Search.Results;

namespace Ingest.Bench.Search;

/// <summary>
/// The SQLite FTS5 equivalent of a query: an FTS5 MATCH expression (or none, for field-only questions), a SQL
/// condition on the items table with its parameters, the order, and whether to count facets with GROUP BY.
/// </summary>
public sealed record FtsQuery(string? Match, string? Where, IReadOnlyDictionary<string, object> Parameters, SearchSort Sort, bool Facets);
