using System.Net;
using System.Text.RegularExpressions;
using Ingest.Search.Results;

namespace Ingest.Cli.Commands;

/// <summary>Search results as lines for a terminal: snippets with matches in bold (or plain when piped), then facets.</summary>
public static partial class SearchResultText
{
    private const string Bold = "\u001b[1m";
    private const string Plain = "\u001b[0m";

    public static string Render(SearchResponse result, bool highlight)
    {
        var first = (result.Page - 1) * result.Size + 1;
        var lines = new List<string> { result.Hits.Count == 0 ? $"{result.Total} hits" : $"{result.Total} hits, {first}–{first + result.Hits.Count - 1} shown" };
        foreach (var hit in result.Hits)
        {
            var owners = string.Join("; ", hit.Owners.Select(o => $"{o.Name} ({o.Role})"));
            lines.Add($"[{hit.Type}] {Text(hit.Snippet ?? hit.Text, highlight)}");
            var document = hit.Document.Number ?? hit.Document.File;
            lines.Add($"    {document}{(hit.Document.Place is { } place ? ", " + place : "")}" +
                $"{(owners.Length > 0 ? " · " + owners : "")}{(DeadlineText.Describe(hit.Deadline) is { Length: > 0 } deadline ? " · " + deadline : "")}");
        }
        foreach (var (dimension, counts) in result.Facets.Where(f => f.Value.Count > 0))
        {
            lines.Add($"{dimension}: {string.Join(", ", counts.Select(c => $"{c.Label} ({c.Count})"))}");
        }
        return string.Join('\n', lines);
    }

    private static string Text(string snippetHtml, bool highlight)
    {
        var marked = snippetHtml.Replace("<mark>", highlight ? Bold : "").Replace("</mark>", highlight ? Plain : "");
        return WebUtility.HtmlDecode(Tags().Replace(marked, ""));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
