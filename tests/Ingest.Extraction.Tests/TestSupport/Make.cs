using Ingest.Core.Extraction;

namespace Ingest.Extraction.Tests.TestSupport;

/// <summary>Builders for small extractions, so that each test reads as its scenario.</summary>
internal static class Make
{
    public const string FileName = "test.txt";

    public static DirectiveExtraction Directive(
        IEnumerable<TaskItem>? tasks = null,
        IEnumerable<TargetItem>? targets = null,
        DocumentFields? document = null) => new()
        {
            Document = document ?? new DocumentFields { File = FileName },
            Tasks = [.. tasks ?? []],
            Targets = [.. targets ?? []],
        };

    public static TaskItem Task(string text, Deadline? deadline = null, params Owner[] owners) =>
        new() { Text = text, Owners = owners, Deadline = deadline };

    public static Owner Lead(string name) => new(name, Owner.Lead);

    public static Owner Support(string name) => new(name, Owner.Support);

    public static Deadline Due(string? due, string? recurrence = null) => new("thời hạn", null, due, recurrence);

    public static TargetItem Target(
        string metric,
        decimal? value,
        string? unit,
        string? due = null,
        string direction = "reach",
        string comparator = "exactly",
        string? baseline = null) => new()
        {
            Text = $"{direction} {comparator} {value} {unit} {metric}",
            Metric = metric,
            Value = value,
            Unit = unit,
            Due = due,
            Direction = direction,
            Comparator = comparator,
            Baseline = baseline,
        };
}
