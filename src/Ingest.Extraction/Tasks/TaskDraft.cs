using Ingest.Core.Extraction;
using Ingest.Extraction.Deadlines;
using Ingest.Extraction.Structure;

namespace Ingest.Extraction.Tasks;

/// <summary>A task being built: later group-deadline lines may still give it a time.</summary>
internal sealed class TaskDraft(OutlineNode node, string text, IReadOnlyList<Owner> owners, TimeExpression? time, bool ownTime)
{
    public OutlineNode Node { get; } = node;

    public string Text { get; } = text;

    public IReadOnlyList<Owner> Owners { get; private set; } = owners;

    public TimeExpression? Time { get; set; } = time;

    public bool HasOwnTime { get; } = ownTime;

    /// <summary>Adds owners assigned by a cross-reference, keeping the owners the task names itself.</summary>
    public void AddOwners(IEnumerable<Owner> owners) =>
        Owners = Owners.Concat(owners.Where(l => !Owners.Any(o => o.Name == l.Name))).ToList();

    public TaskItem ToTask() => new()
    {
        Text = Text,
        Owners = Owners,
        Deadline = Time is null ? null : new Deadline(Time.Text, Time.Start, Time.Due, Time.Recurrence),
    };
}
