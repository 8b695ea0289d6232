namespace Ingest.Search.Querying;

/// <summary>
/// A search query that cannot be read. <see cref="Exception.Message"/> says in English what is wrong and how to
/// write it (logs, CLI); <see cref="VietnameseMessage"/> says the same to people in the web UI.
/// </summary>
public sealed class QuerySyntaxException(string message, string vietnameseMessage) : Exception(message)
{
    public string VietnameseMessage { get; } = vietnameseMessage;
}
