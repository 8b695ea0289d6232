using Ingest.Core.Extraction;

namespace Ingest.Extraction.Evaluation;

/// <summary>
/// Gold and predicted tasks paired one-to-one, best pairs first, when the Dice coefficient of their folded word sets
/// is at least <see cref="Threshold"/>. Owners and deadlines are scored through these pairs.
/// </summary>
public static class TaskPairing
{
    public const decimal Threshold = 0.5m;

    public static ItemPairing Of(IReadOnlyList<TaskItem> gold, IReadOnlyList<TaskItem> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        // Fold each text once: the candidate loop compares every gold task with every predicted one.
        return ItemPairing.Of(gold.Select(t => WordSet.Of(t.Text)).ToList(), predicted.Select(t => WordSet.Of(t.Text)).ToList(), Threshold);
    }
}
