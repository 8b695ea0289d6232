using System.Text.RegularExpressions;
using Ingest.Core.Vietnamese;

namespace Ingest.Synthetic;

/// <summary>
/// Corpus markdown (corpus/raw/*.md) as the paragraphs a printed page shows: no emphasis marks, rules or table bars;
/// a paragraph the markdown sets in bold whole (a heading: "**1. Sở Y tế**") is printed in bold.
/// </summary>
public static partial class CorpusText
{
    public static IReadOnlyList<string> Paragraphs(string markdown) => Printed(markdown).Select(p => p.Text).ToList();

    public static IReadOnlyList<PrintedParagraph> Printed(string markdown)
    {
        var paragraphs = new List<PrintedParagraph>();
        var current = new List<string>();
        var raw = new List<string>();
        foreach (var line in VietnameseText.Normalize(markdown).Replace("\r\n", "\n").Split('\n'))
        {
            var clean = Clean(line);
            if (clean.Length == 0)
            {
                Flush();
                continue;
            }
            current.Add(clean);
            raw.Add(line.Trim());
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count > 0)
            {
                var source = string.Join(' ', raw);
                var bold = source.StartsWith("**", StringComparison.Ordinal) && source.EndsWith("**", StringComparison.Ordinal) && source.Length > 4;
                paragraphs.Add(new PrintedParagraph(string.Join(' ', current), bold));
                current.Clear();
                raw.Clear();
            }
        }
    }

    private static string Clean(string line)
    {
        var text = line.Trim();
        if (text is "|" || RuleLine().IsMatch(text))
        {
            return "";
        }
        text = Emphasis().Replace(text, "");
        text = Heading().Replace(text, "");
        text = text.Replace('\t', ' ');
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"^[-=_*]{3,}$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"\*+|(?<!\w)_+|_+(?!\w)|\\")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^#+\s*")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
