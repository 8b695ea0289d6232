namespace Ingest.Extraction.Deadlines;

/// <summary>A time found in text: the phrase, when the work starts, its due date, and how often it recurs.</summary>
public sealed record TimeExpression(string Text, string? Start, string? Due, string? Recurrence)
{
    public bool HasDueOrRecurrence => Due is not null || Recurrence is not null;
}
