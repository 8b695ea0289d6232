namespace Ingest.Extraction.Evaluation;

/// <summary>
/// Precision, recall and F1 from counts: <see cref="Matched"/> items found in both, <see cref="Gold"/> items in the
/// gold file, <see cref="Predicted"/> items in the prediction. Kept as counts so that totals over documents are
/// micro-averages (sum the counts, then divide).
/// </summary>
/// <remarks>
/// The 0/0 cases are defined, not left to NaN:
/// <list type="bullet">
/// <item>no gold and no prediction: precision = recall = F1 = 1 (nothing to find, nothing wrongly claimed);</item>
/// <item>no prediction but some gold: precision = 0, recall = 0, F1 = 0;</item>
/// <item>no gold but some prediction: precision = 0, recall = 0, F1 = 0;</item>
/// <item>precision + recall = 0: F1 = 0.</item>
/// </list>
/// The one-sided cases score 0 on both sides so that an empty answer never earns a perfect precision.
/// </remarks>
public sealed record PrfScore
{
    public PrfScore(int matched, int gold, int predicted)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(matched);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(matched, Math.Min(gold, predicted));
        Matched = matched;
        Gold = gold;
        Predicted = predicted;
    }

    public static PrfScore None { get; } = new(0, 0, 0);

    public int Matched { get; }

    public int Gold { get; }

    public int Predicted { get; }

    public double Precision => Predicted > 0 ? (double)Matched / Predicted : Gold == 0 ? 1 : 0;

    public double Recall => Gold > 0 ? (double)Matched / Gold : Predicted == 0 ? 1 : 0;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrfScore operator +(PrfScore a, PrfScore b) =>
        new(a.Matched + b.Matched, a.Gold + b.Gold, a.Predicted + b.Predicted);
}
