namespace Ingest.Search.Querying;

/// <summary>One syllable of a query as the index holds it: exact (lower case, diacritics kept) and folded.</summary>
internal sealed record Syllable(string Exact, string Folded);
