using Ingest.Core.Extraction;

namespace Ingest.Extraction.Evaluation;

/// <summary>
/// Gold and predicted targets paired one-to-one, best metric Dice first, when <c>value</c>, <c>unit</c> and
/// <c>due</c> are equal and the Dice coefficient of the folded metrics is at least <see cref="MetricThreshold"/>;
/// <see cref="Score"/> is precision, recall and F1 over targets.
/// </summary>
public sealed class TargetPairing
{
    public const decimal MetricThreshold = 0.3m;

    private TargetPairing(IReadOnlyList<ItemPair> pairs, PrfScore score)
    {
        Pairs = pairs;
        Score = score;
    }

    public IReadOnlyList<ItemPair> Pairs { get; }

    public PrfScore Score { get; }

    public static TargetPairing Of(IReadOnlyList<TargetItem> gold, IReadOnlyList<TargetItem> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldMetrics = gold.Select(t => WordSet.Of(t.Metric)).ToList();
        var predictedMetrics = predicted.Select(t => WordSet.Of(t.Metric)).ToList();
        var candidates = new List<ItemPair>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (!SameQuantity(gold[g], predicted[p]))
                {
                    continue;
                }
                var dice = WordSetDice.Between(goldMetrics[g], predictedMetrics[p]);
                if (dice.AtLeast(MetricThreshold))
                {
                    candidates.Add(new ItemPair(g, p, dice.Value));
                }
            }
        }
        var pairs = OneToOnePairing.Pair(candidates);
        return new TargetPairing(pairs, new PrfScore(pairs.Count, gold.Count, predicted.Count));
    }

    /// <summary>Decimal equality, so 10 and 10.0 are the same value; two missing values are equal.</summary>
    private static bool SameQuantity(TargetItem gold, TargetItem predicted) =>
        gold.Value == predicted.Value
        && FieldEquality.Same(gold.Unit, predicted.Unit)
        && FieldEquality.Same(gold.Due, predicted.Due);
}
