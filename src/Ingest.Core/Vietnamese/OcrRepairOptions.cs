namespace Ingest.Core.Vietnamese;

/// <summary>
/// The thresholds of <see cref="OcrRepairer"/>. A candidate replaces a word only when its score (natural-log
/// probability of the bigrams it forms with the neighbours) beats the word's by more than <see cref="Margin"/> plus
/// <see cref="EditPenalty"/> per confusion between them. The defaults were set on the leave-one-document-out run
/// over corpus/raw/*.md (OcrRepairTests): lower values repair more of the seeds' errors and change more correct words.
/// </summary>
public sealed record OcrRepairOptions
{
    public static OcrRepairOptions Default { get; } = new();

    /// <summary>Cost in log-probability of one OCR confusion (a tone mark, a vowel modifier, đ/d, rn/m, l/i).</summary>
    public double EditPenalty { get; init; } = 3.0;

    /// <summary>Log-probability a change must win by, on top of the edit penalties.</summary>
    public double Margin { get; init; } = 2.0;

    /// <summary>Most confusions between a word and its replacement.</summary>
    public int MaxEditCost { get; init; } = 2;

    /// <summary>Exponent applied to unigram counts in the prior: 1 is the plain unigram, 0 a flat prior.</summary>
    public double PriorExponent { get; init; } = 0.5;
}
