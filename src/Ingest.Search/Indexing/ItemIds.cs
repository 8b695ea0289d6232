namespace Ingest.Search.Indexing;

/// <summary>
/// Stable, URL-safe ids of indexed items: the document id itself, <c>{doc}-task-{n}</c>, <c>{doc}-target-{n}</c>
/// (n from 1, in document order). Re-indexing a document gives its items the same ids.
/// </summary>
public static class ItemIds
{
    public static string Task(string documentId, int index) => $"{documentId}-task-{index + 1}";

    public static string Target(string documentId, int index) => $"{documentId}-target-{index + 1}";
}
