using System.Text.RegularExpressions;

namespace Ingest.Extraction.Structure;

/// <summary>The kind of list marker that starts a line: "I.", "1.", "1.1.", "a)", "-", "+".</summary>
public enum MarkerKind
{
    /// <summary>"Điều 1." of a Quyết định.</summary>
    Article,
    Roman,
    Number,
    DottedNumber,
    Letter,
    Dash,
    Plus,
}

/// <summary>A list marker found at the start of a paragraph, and the text after it.</summary>
public sealed partial record ListMarker(MarkerKind Kind, string Label, string Rest)
{
    public static ListMarker? Match(string line)
    {
        var m = Pattern().Match(line);
        if (!m.Success)
        {
            return null;
        }
        var rest = line[m.Length..].Trim();
        if (m.Groups["article"].Success) return new(MarkerKind.Article, m.Groups["article"].Value, rest);
        if (m.Groups["roman"].Success) return new(MarkerKind.Roman, m.Groups["roman"].Value, rest);
        if (m.Groups["dotted"].Success) return new(MarkerKind.DottedNumber, m.Groups["dotted"].Value, rest);
        if (m.Groups["number"].Success) return new(MarkerKind.Number, m.Groups["number"].Value, rest);
        if (m.Groups["letter"].Success) return new(MarkerKind.Letter, m.Groups["letter"].Value, rest);
        return m.Groups["bullet"].Value switch
        {
            "+" => new(MarkerKind.Plus, "+", rest),
            _ => new(MarkerKind.Dash, "-", rest),
        };
    }

    [GeneratedRegex(@"^(?:Điều\s+(?<article>\d{1,2})[.:]\s*|(?!V\s*\/\s*[Vv](?![\p{L}]))(?<roman>[IVX]{1,5})\s*[.\/\-–]\s*(?=\p{Lu})|(?<dotted>\d{1,2}(?:\.\d{1,2})+)(?:\.?\s+|\s*[-–]\s*(?=\p{Lu}))|(?<number>\d{1,2})[.\/)]\s+|(?<letter>[a-zđ])\)\s*|(?<bullet>[-–—•+])\s+)")]
    private static partial Regex Pattern();
}
