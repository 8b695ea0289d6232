using System.Globalization;

namespace Ingest.Text;

/// <summary>Pages to read, 1-based and inclusive: "3", "1-3", "5-" (to the end).</summary>
public sealed record PageRange(int First, int Last)
{
    public bool Contains(int page) => page >= First && page <= Last;

    public static PageRange All { get; } = new(1, int.MaxValue);

    public static bool TryParse(string? text, out PageRange range)
    {
        range = All;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var parts = text.Split('-', 2, StringSplitOptions.TrimEntries);
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first) || first < 1)
        {
            return false;
        }
        var last = first;
        if (parts.Length == 2 && !(parts[1].Length == 0 ? (last = int.MaxValue) > 0 : int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out last)))
        {
            return false;
        }
        if (last < first)
        {
            return false;
        }
        range = new PageRange(first, last);
        return true;
    }

    public override string ToString() => Last == int.MaxValue ? $"{First}-" : First == Last ? $"{First}" : $"{First}-{Last}";
}
