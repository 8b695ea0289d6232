using System.Text.RegularExpressions;
using Ingest.Core.Vietnamese;

namespace Ingest.Extraction.Structure;

/// <summary>
/// Splits text into paragraphs. Blank lines separate paragraphs; lines inside one are joined with a space
/// (the corpus markdown is hard-wrapped), except where a new line starts a list item.
/// </summary>
public static partial class ParagraphSplitter
{
    public static IReadOnlyList<Paragraph> Split(string text)
    {
        var paragraphs = new List<Paragraph>();
        var current = new List<string>();
        var firstLine = 0;
        var lines = VietnameseText.Normalize(text).Replace('\f', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Clean(lines[i]);
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            if (current.Count > 0 && ListMarker.Match(line) is not null)
            {
                Flush();
            }
            if (current.Count == 0)
            {
                firstLine = i;
            }
            current.Add(line);
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(new Paragraph(paragraphs.Count, string.Join(' ', current), firstLine));
                current.Clear();
            }
        }
    }

    /// <summary>Removes markdown emphasis, table bars and header rules; collapses spaces.</summary>
    public static string Clean(string line)
    {
        var text = line.Replace("**", "").Replace("\u00A0", " ").Trim();
        text = Emphasis().Replace(text, "$1");
        if (text is "|" || Rule().IsMatch(text))
        {
            return "";
        }
        return Spaces().Replace(text.Trim('|', ' '), " ").Trim();
    }

    [GeneratedRegex(@"(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^[-_=*\s|]{3,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
