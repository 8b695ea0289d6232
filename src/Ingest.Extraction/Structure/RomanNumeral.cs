namespace Ingest.Extraction.Structure;

/// <summary>Roman numerals of part headings, I to XX.</summary>
public static class RomanNumeral
{
    private static readonly string[] Numerals =
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"];

    /// <summary>The value of <paramref name="numeral"/>, or null when it is not one of I to XX.</summary>
    public static int? Value(string numeral)
    {
        var index = Array.IndexOf(Numerals, numeral);
        return index >= 0 ? index + 1 : null;
    }

    /// <summary>The numeral of <paramref name="value"/> (1 to 20), or null.</summary>
    public static string? Of(int value) => value is >= 1 and <= 20 ? Numerals[value - 1] : null;
}
