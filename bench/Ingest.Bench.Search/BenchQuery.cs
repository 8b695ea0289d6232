using Ingest.Search.Results;

namespace Ingest.Bench.Search;

/// <summary>One query of the mix, as our search takes it and as SQLite FTS5 would be asked the same.</summary>
public sealed record BenchQuery(string Category, SearchRequest Lucene, FtsQuery Fts);
