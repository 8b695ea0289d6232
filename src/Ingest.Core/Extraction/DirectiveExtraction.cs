namespace Ingest.Core.Extraction;

/// <summary>One document's extraction in the <c>directive-extraction/1</c> format (shared/spec/extraction-format.md).</summary>
public sealed record DirectiveExtraction
{
    public const string FormatName = "directive-extraction/1";

    public string Format { get; init; } = FormatName;

    public required DocumentFields Document { get; init; }

    public IReadOnlyList<TaskItem> Tasks { get; init; } = [];

    public IReadOnlyList<TargetItem> Targets { get; init; } = [];
}
