using System.Text.RegularExpressions;

namespace Ingest.Extraction.Structure;

/// <summary>
/// Builds the outline from paragraphs. Marker styles nest in the order a document first uses them (so "a)" may
/// sit above or below "1." as the document chooses); a marker of a style already open closes everything below it.
/// Roman numerals and headings in capitals always start a top-level part.
/// </summary>
public static partial class OutlineBuilder
{
    public static OutlineNode Build(IReadOnlyList<Paragraph> paragraphs)
    {
        var root = new OutlineNode(null, null, null);
        var stack = new List<OutlineNode> { root };
        foreach (var paragraph in paragraphs)
        {
            var marker = ListMarker.Match(paragraph.Text);
            if (marker is null && IsPartHeading(paragraph.Text))
            {
                marker = new ListMarker(MarkerKind.Roman, "", paragraph.Text);
            }
            if (marker is null)
            {
                stack[^1].Add(paragraph, null);
                continue;
            }
            var probe = new OutlineNode(paragraph, marker, null);
            var open = marker.Kind == MarkerKind.Roman ? 1 : stack.FindLastIndex(n => n.Style == probe.Style);
            if (open > 0)
            {
                stack.RemoveRange(open, stack.Count - open);
            }
            var node = stack[^1].Add(paragraph, marker);
            stack.Add(node);
        }
        return root;
    }

    /// <summary>"PHẦN I", "Phụ lục", or a short line in capitals such as "NHIỆM VỤ VÀ GIẢI PHÁP".</summary>
    private static bool IsPartHeading(string text) =>
        PartWord().IsMatch(text) || (text.Length is > 6 and < 150 && text.Count(char.IsLetter) > 5 && !text.Any(char.IsLower));

    [GeneratedRegex(@"^(?:PHẦN|Phần|PHỤ LỤC|Phụ lục|CHƯƠNG|Chương)\s+[IVX\d]+\b")]
    private static partial Regex PartWord();
}
