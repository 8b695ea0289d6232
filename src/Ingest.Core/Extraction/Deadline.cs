namespace Ingest.Core.Extraction;

/// <summary>
/// A time expression: its text, start ("YYYY", "YYYY-MM" or "YYYY-MM-DD"), due (the last day of the named period,
/// ISO date) and recurrence (annual, semiannual, quarterly, monthly, ongoing).
/// </summary>
public sealed record Deadline(string Text, string? Start, string? Due, string? Recurrence);
