namespace Ingest.Search.Querying;

/// <summary>A search query that cannot be parsed, with a message that says how to write it.</summary>
public sealed class QuerySyntaxException(string message, Exception inner) : Exception(message, inner);
