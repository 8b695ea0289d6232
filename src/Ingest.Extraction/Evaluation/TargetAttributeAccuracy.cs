using Ingest.Core.Extraction;

namespace Ingest.Extraction.Evaluation;

/// <summary>The share of paired targets whose <c>direction</c>, <c>comparator</c> and <c>baseline</c> are all right.</summary>
public static class TargetAttributeAccuracy
{
    public static Accuracy Of(IReadOnlyList<TargetItem> gold, IReadOnlyList<TargetItem> predicted, ItemPairing pairing)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(pairing);
        var correct = pairing.Pairs.Count(pair =>
        {
            var (expected, actual) = (gold[pair.Gold], predicted[pair.Predicted]);
            return FieldEquality.Same(expected.Direction, actual.Direction)
                && FieldEquality.Same(expected.Comparator, actual.Comparator)
                && FieldEquality.Same(expected.Baseline, actual.Baseline);
        });
        return new Accuracy(correct, pairing.Pairs.Count);
    }
}
