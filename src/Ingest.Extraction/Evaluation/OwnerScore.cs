using Ingest.Core.Extraction;
using Ingest.Core.Vietnamese;

namespace Ingest.Extraction.Evaluation;

/// <summary>
/// Precision, recall and F1 over the triples (task, folded owner name, role) of all tasks. A predicted triple is
/// right when its task is paired with a gold task that has the same (name, role); so the owners of an unpaired
/// gold task are all misses and those of an unpaired predicted task all false alarms.
/// </summary>
public static class OwnerScore
{
    public static PrfScore Of(IReadOnlyList<TaskItem> gold, IReadOnlyList<TaskItem> predicted, ItemPairing pairing)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(pairing);
        var goldOwners = gold.Select(OwnerKeys).ToList();
        var predictedOwners = predicted.Select(OwnerKeys).ToList();
        var matched = pairing.Pairs.Sum(pair => goldOwners[pair.Gold].Count(predictedOwners[pair.Predicted].Contains));
        return new PrfScore(matched, goldOwners.Sum(o => o.Count), predictedOwners.Sum(o => o.Count));
    }

    /// <summary>
    /// The (name, role) keys of one task, as a set: triples are a set, so an owner listed twice in one task counts
    /// once. The null checks guard JSON input that writes null where the format has a list or a string.
    /// </summary>
    private static HashSet<(string Name, string Role)> OwnerKeys(TaskItem task) =>
        (task.Owners ?? [])
            .Where(o => o is not null)
            .Select(o => (VietnameseText.FoldForComparison(o.Name ?? ""), VietnameseText.FoldForComparison(o.Role ?? "")))
            .ToHashSet();
}
