using Ingest.Core.Extraction;

namespace Ingest.Extraction.Evaluation;

/// <summary>
/// Gold and predicted targets paired one-to-one, best metric Dice first, when <c>value</c>, <c>unit</c> and
/// <c>due</c> are equal and the Dice coefficient of the folded metrics is at least <see cref="MetricThreshold"/>.
/// </summary>
public static class TargetPairing
{
    public const decimal MetricThreshold = 0.3m;

    public static ItemPairing Of(IReadOnlyList<TargetItem> gold, IReadOnlyList<TargetItem> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        return ItemPairing.Of(
            gold.Select(t => WordSet.Of(t.Metric)).ToList(),
            predicted.Select(t => WordSet.Of(t.Metric)).ToList(),
            MetricThreshold,
            (g, p) => SameQuantity(gold[g], predicted[p]));
    }

    /// <summary>Decimal equality, so 10 and 10.0 are the same value; two missing values are equal.</summary>
    private static bool SameQuantity(TargetItem gold, TargetItem predicted) =>
        gold.Value == predicted.Value
        && FieldEquality.Same(gold.Unit, predicted.Unit)
        && FieldEquality.Same(gold.Due, predicted.Due);
}
