using Lucene.Net.Search;

namespace Ingest.Search.Querying;

/// <summary>
/// A query ready to run, and the syllables that its text clauses look for as typed (lower case, with whatever
/// diacritics the user gave), to highlight them.
/// </summary>
public sealed record ParsedQuery(Query Query, IReadOnlySet<string> HighlightTerms);
