using Lucene.Net.Search;

namespace Ingest.Search.Querying;

/// <summary>A query ready to run, and the folded syllables that its text clauses look for (to highlight them).</summary>
public sealed record ParsedQuery(Query Query, IReadOnlySet<string> HighlightTerms);
