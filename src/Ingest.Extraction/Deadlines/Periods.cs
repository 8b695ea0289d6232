using System.Globalization;

namespace Ingest.Extraction.Deadlines;

/// <summary>Last days of named periods, as ISO dates.</summary>
public static class Periods
{
    public static string? EndOfYear(int year) => Valid(year) ? Iso(new DateOnly(year, 12, 31)) : null;

    public static string? EndOfQuarter(int year, int quarter) =>
        Valid(year) && quarter is >= 1 and <= 4 ? EndOfMonth(year, quarter * 3) : null;

    public static string? EndOfMonth(int year, int month) =>
        Valid(year) && month is >= 1 and <= 12 ? Iso(new DateOnly(year, month, DateTime.DaysInMonth(year, month))) : null;

    public static string? Date(int year, int month, int day) =>
        Valid(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? Iso(new DateOnly(year, month, day))
            : null;

    /// <summary>A quarter's numeral, also as OCR misreads IV ("TV", "lV", "1V", "ITV"), II ("11", "Il") and III ("111").</summary>
    public static int? Roman(string numeral) => numeral.ToUpperInvariant().Replace('1', 'I').Replace('L', 'I') switch
    {
        "I" => 1,
        "II" or "2" => 2,
        "III" or "3" => 3,
        "IV" or "4" or "TV" or "ITV" => 4,
        _ => null,
    };

    private static bool Valid(int year) => year is >= 1945 and <= 2100;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
