using Ingest.Core.Extraction;
using Ingest.Extraction.Deadlines;

namespace Ingest.Extraction.Tasks;

/// <summary>What an item receives from the headings and lead-ins above it: part kind, owners and time.</summary>
public sealed record Inherited(SectionKind Section, IReadOnlyList<Owner> Owners, TimeExpression? Time)
{
    public static Inherited Start { get; } = new(SectionKind.Preamble, [], null);

    /// <summary>An item's own lead replaces the inherited owners; its own partners are added to them.</summary>
    public IReadOnlyList<Owner> Combine(IReadOnlyList<Owner> own)
    {
        if (own.Any(o => o.Role == Owner.Lead))
        {
            return own;
        }
        var combined = Owners.ToList();
        foreach (var owner in own.Where(o => !combined.Any(c => c.Name == o.Name)))
        {
            combined.Add(owner);
        }
        return combined;
    }

    /// <summary>An item's own time wins when it names a due date or recurrence.</summary>
    public TimeExpression? Choose(TimeExpression? own) => own is { HasDueOrRecurrence: true } ? own : Time ?? own;
}
