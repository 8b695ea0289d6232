using System.Text.RegularExpressions;
using Ingest.Core.Vietnamese;

namespace Ingest.Synthetic;

/// <summary>Corpus markdown (corpus/raw/*.md) as the plain paragraphs a printed page shows: no emphasis marks, rules or table bars.</summary>
public static partial class CorpusText
{
    public static IReadOnlyList<string> Paragraphs(string markdown)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var raw in VietnameseText.Normalize(markdown).Replace("\r\n", "\n").Split('\n'))
        {
            var line = Clean(raw);
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            current.Add(line);
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(string.Join(' ', current));
                current.Clear();
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
