namespace Ingest.Core.Extraction;

/// <summary>An assigned action with its owners and deadline.</summary>
public sealed record TaskItem
{
    public required string Text { get; init; }

    public IReadOnlyList<Owner> Owners { get; init; } = [];

    public Deadline? Deadline { get; init; }
}
