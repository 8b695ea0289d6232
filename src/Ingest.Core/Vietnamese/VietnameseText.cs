using System.Globalization;
using System.Text;

namespace Ingest.Core.Vietnamese;

/// <summary>
/// The one place where Vietnamese text is made comparable. Every other part (intake, extraction,
/// search analyzers, evaluation) calls these functions instead of normalising on its own.
/// </summary>
public static class VietnameseText
{
    /// <summary>Canonical form for storage and display: Unicode NFC.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Accent folding shared by search and evaluation: NFC, lower case, every diacritic removed, đ → d.
    /// Characters that are not letters keep their place, so offsets into the folded text match the NFC text
    /// as long as the input was NFC.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var nfc = Normalize(text);
        var builder = new StringBuilder(nfc.Length);
        foreach (var c in nfc)
        {
            builder.Append(FoldChar(c));
        }
        return builder.ToString();
    }

    /// <summary>Folds one NFC character to its lower-case base letter without diacritics.</summary>
    public static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            return char.ToLowerInvariant(c);
        }
        if (c is 'đ' or 'Đ')
        {
            return 'd';
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var first = decomposed[0];
        return CharUnicodeInfo.GetUnicodeCategory(first) == UnicodeCategory.NonSpacingMark
            ? c
            : char.ToLowerInvariant(first);
    }

    /// <summary>
    /// The folding of the scoring rules: <see cref="Fold"/>, then every run of characters that are not
    /// letters or digits turned into one space, trimmed.
    /// </summary>
    public static string FoldForComparison(string text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                pendingSpace = false;
                builder.Append(c);
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }
}
