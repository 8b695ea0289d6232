namespace Ingest.Search.Indexing;

/// <summary>The kinds of indexed item.</summary>
public static class ItemTypes
{
    public const string Task = "task";
    public const string Target = "target";
    public const string Document = "document";

    public static readonly IReadOnlyList<string> All = [Task, Target, Document];
}
