using System.Globalization;

namespace Ingest.Extraction.Targets;

/// <summary>Numbers as Vietnamese documents write them: "1.500" (thousands dot), "2,5" (decimal comma), "10".</summary>
public static class VietnameseNumber
{
    public static decimal? Parse(string written)
    {
        var text = written.Trim();
        if (text.Length == 0)
        {
            return null;
        }
        // A dot followed by exactly three digits groups thousands; a comma is the decimal separator.
        var parts = text.Split('.');
        if (parts.Length > 1 && parts.Skip(1).All(p => p.Length == 3 || (p.Contains(',') && p.Split(',')[0].Length == 3)))
        {
            text = string.Concat(parts);
        }
        text = text.Replace(',', '.');
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
