namespace Ingest.Search.Querying;

/// <summary>A piece of a query with its text (field name without the colon, phrase without quotes) and 1-based position.</summary>
internal readonly record struct QueryToken(QueryTokenKind Kind, string Text, int Position);
