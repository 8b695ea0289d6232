namespace Ingest.Extraction.Evaluation;

/// <summary>
/// The share of scored items that are right, kept as counts so that totals are micro-averages.
/// <see cref="Share"/> is null when nothing was scored: a document whose tasks all went unpaired has no deadline
/// accuracy, and reporting 0 or 1 there would say something the data does not.
/// </summary>
public sealed record Accuracy
{
    public Accuracy(int correct, int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(correct);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(correct, total);
        Correct = correct;
        Total = total;
    }

    public static Accuracy None { get; } = new(0, 0);

    public int Correct { get; }

    public int Total { get; }

    public double? Share => Total == 0 ? null : (double)Correct / Total;

    public static Accuracy operator +(Accuracy a, Accuracy b) => new(a.Correct + b.Correct, a.Total + b.Total);
}
