using Ingest.Core.Vietnamese;

namespace Ingest.Extraction.Evaluation;

/// <summary>Equality of one short field (a name, a date, an enum value, a unit) under the scoring fold.</summary>
public static class FieldEquality
{
    /// <summary>
    /// Null, empty and blank are one value, equal only to each other. Otherwise the two values are equal when
    /// their folded forms are; when both fold to nothing (symbol-only values such as "%"), their trimmed NFC forms
    /// are compared instead, so that "%" neither equals a missing unit nor every other symbol.
    /// </summary>
    public static bool Same(string? gold, string? predicted)
    {
        var goldBlank = string.IsNullOrWhiteSpace(gold);
        var predictedBlank = string.IsNullOrWhiteSpace(predicted);
        if (goldBlank || predictedBlank)
        {
            return goldBlank && predictedBlank;
        }
        var goldFolded = VietnameseText.FoldForComparison(gold!);
        var predictedFolded = VietnameseText.FoldForComparison(predicted!);
        if (goldFolded.Length == 0 && predictedFolded.Length == 0)
        {
            return string.Equals(VietnameseText.Normalize(gold!.Trim()), VietnameseText.Normalize(predicted!.Trim()), StringComparison.Ordinal);
        }
        return string.Equals(goldFolded, predictedFolded, StringComparison.Ordinal);
    }
}
