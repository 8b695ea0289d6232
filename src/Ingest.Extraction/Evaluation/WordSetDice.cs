namespace Ingest.Extraction.Evaluation;

/// <summary>
/// The Dice coefficient of two folded word sets, 2·|A∩B| / (|A|+|B|), kept as the two integers so that threshold
/// tests are exact: 0.5 must pair when the overlap is exactly half, which floating point could miss.
/// Two empty sets have Dice 1 (they are equal); one empty set against a non-empty one has Dice 0.
/// </summary>
public readonly record struct WordSetDice(int Overlap, int SizeSum)
{
    public static WordSetDice Between(WordSet a, WordSet b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.OverlapWith(b), a.Count + b.Count);
    }

    public static WordSetDice Between(string? a, string? b) => Between(WordSet.Of(a), WordSet.Of(b));

    public double Value => SizeSum == 0 ? 1 : 2.0 * Overlap / SizeSum;

    public bool AtLeast(decimal threshold) => SizeSum == 0 || 2m * Overlap >= threshold * SizeSum;
}
