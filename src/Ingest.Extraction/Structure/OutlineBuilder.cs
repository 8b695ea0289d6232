using System.Text.RegularExpressions;

namespace Ingest.Extraction.Structure;

/// <summary>
/// Builds the outline from paragraphs. Marker styles nest in the order a document first uses them (so "a)" may
/// sit above or below "1." as the document chooses); a marker of a style already open closes everything below it.
/// Roman numerals, articles (Điều) and headings in capitals always start a top-level part.
/// </summary>
public static partial class OutlineBuilder
{
    public static OutlineNode Build(IReadOnlyList<Paragraph> paragraphs)
    {
        var root = new OutlineNode(null, null, null);
        var stack = new List<OutlineNode> { root };
        var inBody = false;
        string? lastPart = null;
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.IsTableRow || Closing().IsMatch(paragraph.Text))
            {
                // Table rows and the signature block stand on their own at the top level.
                stack.RemoveRange(1, stack.Count - 1);
                root.Add(paragraph, null);
                continue;
            }
            var marker = MisreadLetter(ListMarker.Match(paragraph.Text), paragraph.Text, stack) ?? MisreadRoman(paragraph.Text);
            if (marker is { Kind: MarkerKind.Roman, Label.Length: > 0 })
            {
                marker = RepeatedPart(marker, lastPart);
                lastPart = marker.Label;
            }
            inBody |= marker?.Kind is MarkerKind.Roman or MarkerKind.Article;
            if (marker is null && (PartWord().IsMatch(paragraph.Text) || (inBody && IsCapitalsHeading(paragraph.Text))))
            {
                marker = new ListMarker(MarkerKind.Roman, "", paragraph.Text);
            }
            if (marker is null)
            {
                stack[^1].Add(paragraph, null);
                continue;
            }
            var probe = new OutlineNode(paragraph, marker, null);
            var open = marker.Kind is MarkerKind.Roman or MarkerKind.Article ? 1 : stack.FindLastIndex(n => n.Style == probe.Style);
            if (open > 0)
            {
                stack.RemoveRange(open, stack.Count - open);
            }
            var node = stack[^1].Add(paragraph, marker);
            stack.Add(node);
        }
        return root;
    }

    /// <summary>
    /// OCR reads the letter items "i)" and "l)" as "1)": after "h)" (or "k)") a "1)" is the next letter.
    /// </summary>
    private static ListMarker? MisreadLetter(ListMarker? marker, string text, List<OutlineNode> stack)
    {
        if (marker is not { Kind: MarkerKind.Number, Label: "1" } || !text.StartsWith("1)", StringComparison.Ordinal))
        {
            return marker;
        }
        var letter = stack.LastOrDefault(n => n.Marker?.Kind == MarkerKind.Letter)?.Marker?.Label;
        return letter is "h" or "k" ? marker with { Kind = MarkerKind.Letter, Label = letter == "h" ? "i" : "l" } : marker;
    }

    /// <summary>
    /// OCR drops an I of a part's numeral ("III" read "II"): a part numbered like the one before it (other than I,
    /// which may start an appendix) is the next part.
    /// </summary>
    private static ListMarker RepeatedPart(ListMarker marker, string? lastPart) =>
        marker.Label == lastPart && RomanNumeral.Value(marker.Label) is > 1 and var value && RomanNumeral.Of(value + 1) is { } next
            ? marker with { Label = next }
            : marker;

    /// <summary>
    /// A part heading as OCR reads it: the dot lost ("I MỤC ĐÍCH, YÊU CẦU") or "I" read as "L", "l" or "1" ("IL NỘI
    /// DUNG"); the rest of the line in capitals.
    /// </summary>
    private static ListMarker? MisreadRoman(string text)
    {
        var m = OcrRoman().Match(text);
        if (!m.Success || text.Length > 150 || text[m.Length..].Any(char.IsLower))
        {
            return null;
        }
        var label = new string(m.Groups["roman"].Value.Select(c => c is 'L' or 'l' or '1' ? 'I' : c).ToArray());
        return new ListMarker(MarkerKind.Roman, label, text[m.Length..].Trim());
    }

    [GeneratedRegex(@"^(?<roman>[IVX][IVXLl1]{0,3})\s*[.\/\-–:,]?\s+(?=\p{Lu}{2,}\s)")]
    private static partial Regex OcrRoman();

    /// <summary>A short line in capitals inside the body, such as "NHIỆM VỤ VÀ GIẢI PHÁP" (titles before the body are not).</summary>
    private static bool IsCapitalsHeading(string text) =>
        text.Length is > 6 and < 150 && text.Count(char.IsLetter) > 5 && !text.Any(char.IsLower);

    [GeneratedRegex(@"^(?:Nơi nhận|TM\.|T/M|KT\.)")]
    private static partial Regex Closing();

    [GeneratedRegex(@"^(?:PHẦN|Phần|PHỤ LỤC|Phụ lục|CHƯƠNG|Chương)\s+[IVX\d]+\b")]
    private static partial Regex PartWord();
}
