using Ingest.Core.Extraction;

namespace Ingest.Extraction.Evaluation;

/// <summary>
/// Gold and predicted tasks paired one-to-one, best pairs first, when the Dice coefficient of their folded word sets
/// is at least <see cref="Threshold"/>; <see cref="Score"/> is precision, recall and F1 over tasks.
/// Owners and deadlines are scored through these pairs.
/// </summary>
public sealed class TaskPairing
{
    public const decimal Threshold = 0.5m;

    private TaskPairing(IReadOnlyList<ItemPair> pairs, PrfScore score)
    {
        Pairs = pairs;
        Score = score;
    }

    public IReadOnlyList<ItemPair> Pairs { get; }

    public PrfScore Score { get; }

    public static TaskPairing Of(IReadOnlyList<TaskItem> gold, IReadOnlyList<TaskItem> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        // Fold each text once: the candidate loop compares every gold task with every predicted one.
        var goldWords = gold.Select(t => WordSet.Of(t.Text)).ToList();
        var predictedWords = predicted.Select(t => WordSet.Of(t.Text)).ToList();
        var candidates = new List<ItemPair>();
        for (var g = 0; g < goldWords.Count; g++)
        {
            for (var p = 0; p < predictedWords.Count; p++)
            {
                var dice = WordSetDice.Between(goldWords[g], predictedWords[p]);
                if (dice.AtLeast(Threshold))
                {
                    candidates.Add(new ItemPair(g, p, dice.Value));
                }
            }
        }
        var pairs = OneToOnePairing.Pair(candidates);
        return new TaskPairing(pairs, new PrfScore(pairs.Count, gold.Count, predicted.Count));
    }
}
