using System.Text;
using Ingest.Core.Vietnamese;

namespace Ingest.Text.Evaluation;

/// <summary>
/// CER and WER by Levenshtein distance on NFC text with every run of whitespace collapsed to one space (line breaks
/// and indentation are layout, not text). Rates are edits divided by the length of the reference; an empty
/// reference scores 0 when the hypothesis is empty too, else 1.
/// </summary>
public static class ErrorRateEvaluator
{
    public static TextErrorRates Evaluate(string reference, string hypothesis)
    {
        var expected = Canonical(reference);
        var actual = Canonical(hypothesis);
        var characterEdits = Levenshtein.Distance(expected.AsSpan(), actual.AsSpan());
        var expectedWords = Words(expected);
        var actualWords = Words(actual);
        var wordEdits = Levenshtein.Distance<string>(expectedWords, actualWords);
        var foldedEdits = Levenshtein.Distance(Fold(expected).AsSpan(), Fold(actual).AsSpan());
        return new TextErrorRates(
            Rate(characterEdits, expected.Length, actual.Length),
            Rate(wordEdits, expectedWords.Length, actualWords.Length),
            Rate(foldedEdits, expected.Length, actual.Length),
            expected.Length, expectedWords.Length, characterEdits, wordEdits, foldedEdits);
    }

    /// <summary>NFC, whitespace runs collapsed to one space, trimmed.</summary>
    public static string Canonical(string text)
    {
        var nfc = VietnameseText.Normalize(text);
        var builder = new StringBuilder(nfc.Length);
        var pendingSpace = false;
        foreach (var c in nfc)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Diacritics removed with the shared folding; case is kept, so a case error still counts.</summary>
    private static string Fold(string canonical)
    {
        var builder = new StringBuilder(canonical.Length);
        foreach (var c in canonical)
        {
            var folded = VietnameseText.FoldChar(c);
            builder.Append(char.IsUpper(c) ? char.ToUpperInvariant(folded) : folded);
        }
        return builder.ToString();
    }

    private static string[] Words(string canonical) =>
        canonical.Length == 0 ? [] : canonical.Split(' ');

    private static double Rate(int edits, int referenceLength, int hypothesisLength) =>
        referenceLength == 0 ? (hypothesisLength == 0 ? 0 : 1) : (double)edits / referenceLength;
}
