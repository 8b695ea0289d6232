using System.Globalization;
using System.Text;

namespace Ingest.Core.Vietnamese;

/// <summary>
/// The one place where Vietnamese text is made comparable. Every other part (intake, extraction,
/// search analyzers, evaluation) calls these functions instead of normalising on its own.
/// </summary>
public static class VietnameseText
{
    // Every UTF-16 code unit folded once: folding decomposes its character, far too slow to repeat for the millions
    // of characters an index rebuild folds.
    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>
    /// Canonical form for storage and display: <see cref="UnicodeCleanup.Clean"/> (NFC, invisible characters and
    /// look-alikes repaired) and tone marks placed in <see cref="ToneStyle.Traditional"/> (Ủy, hòa, thủy), so that
    /// "Uỷ ban" and "Ủy ban" are the same string. Text that needs nothing is returned as the same instance.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ToneMarkPlacement.Apply(UnicodeCleanup.Clean(text), ToneStyle.Traditional);
    }

    /// <summary>
    /// Accent folding shared by search and evaluation: <see cref="Normalize"/>, lower case, every diacritic removed,
    /// đ → d. Characters that are not letters keep their place, so offsets into the folded text match the normalised
    /// text (and the input, when it was already normalised).
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = Normalize(text);
        return string.Create(normalized.Length, normalized, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = FoldChar(source[i]);
            }
        });
    }

    /// <summary>Folds one NFC character to its lower-case base letter without diacritics (Ấ → a, Đ → d).</summary>
    public static char FoldChar(char c) => FoldTable[c];

    /// <summary><see cref="Fold"/> of text that is already NFC (analyzer tokens are): no normalisation pass.</summary>
    public static string FoldNormalized(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = FoldTable[source[i]];
        }
    });

    /// <summary>Invariant lower case of one character, by table (char.ToLowerInvariant goes through ICU).</summary>
    public static char ToLowerChar(char c) => VietnameseLetters.ToLower(c);

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

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            try
            {
                table[c] = FoldSlow((char)c);
            }
            catch (ArgumentException)
            {
                // Noncharacters (U+FFFE, U+FFFF) cannot be normalised; they are never letters to fold.
                table[c] = (char)c;
            }
        }
        return table;
    }

    private static char FoldSlow(char c)
    {
        if (c < 0x80)
        {
            return char.ToLowerInvariant(c);
        }
        if (c is 'đ' or 'Đ' or 'Ð' or 'ð')
        {
            return 'd';
        }
        if (char.IsSurrogate(c))
        {
            return c;
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var first = decomposed[0];
        return CharUnicodeInfo.GetUnicodeCategory(first) == UnicodeCategory.NonSpacingMark
            ? c
            : char.ToLowerInvariant(first);
    }
}
