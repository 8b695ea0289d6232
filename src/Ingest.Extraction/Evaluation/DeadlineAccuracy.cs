using Ingest.Core.Extraction;

namespace Ingest.Extraction.Evaluation;

/// <summary>
/// Over the paired tasks whose gold deadline has a <c>due</c> or a <c>recurrence</c>, the share whose predicted
/// <c>due</c> and <c>recurrence</c> both equal gold's (a missing predicted deadline has both null).
/// </summary>
public static class DeadlineAccuracy
{
    public static Accuracy Of(IReadOnlyList<TaskItem> gold, IReadOnlyList<TaskItem> predicted, ItemPairing pairing)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(pairing);
        var total = 0;
        var correct = 0;
        foreach (var pair in pairing.Pairs)
        {
            var expected = gold[pair.Gold].Deadline;
            if (expected is null || (string.IsNullOrWhiteSpace(expected.Due) && string.IsNullOrWhiteSpace(expected.Recurrence)))
            {
                continue;
            }
            total++;
            var actual = predicted[pair.Predicted].Deadline;
            if (FieldEquality.Same(expected.Due, actual?.Due) && FieldEquality.Same(expected.Recurrence, actual?.Recurrence))
            {
                correct++;
            }
        }
        return new Accuracy(correct, total);
    }
}
