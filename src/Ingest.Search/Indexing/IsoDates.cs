using System.Globalization;

namespace Ingest.Search.Indexing;

/// <summary>
/// ISO dates and periods ("2019", "2019-06", "2019-06-30") as yyyymmdd integers: the first or the last day of the
/// period, for range queries and sorting.
/// </summary>
public static class IsoDates
{
    public static int? FirstDay(string? value) => Parse(value) is var (year, month, day)
        ? Compose(year, month ?? 1, day ?? 1)
        : null;

    public static int? LastDay(string? value) => Parse(value) is var (year, month, day)
        ? Compose(year, month ?? 12, day ?? DateTime.DaysInMonth(year, month ?? 12))
        : null;

    /// <summary>The year of a date or period, or null when it is not one.</summary>
    public static int? Year(string? value) => Parse(value)?.Year;

    /// <summary>Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null when the text is none of these or not a real date.</summary>
    public static (int Year, int? Month, int? Day)? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var parts = value.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || !TryNumber(parts[0], out var year) || year < 1000)
        {
            return null;
        }
        int? month = null, day = null;
        if (parts.Length > 1)
        {
            if (parts[1].Length != 2 || !TryNumber(parts[1], out var m) || m is < 1 or > 12)
            {
                return null;
            }
            month = m;
        }
        if (parts.Length > 2)
        {
            if (parts[2].Length != 2 || !TryNumber(parts[2], out var d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return null;
            }
            day = d;
        }
        return (year, month, day);
    }

    private static int Compose(int year, int month, int day) => year * 10000 + month * 100 + day;

    private static bool TryNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
