using SkiaSharp;

namespace Ingest.Synthetic;

/// <summary>
/// Typesets paragraphs on A4 pages at 300 dpi (13 pt, 2 cm margins, left-aligned, as a plain office printout) and
/// returns the pages with the exact lines drawn as ground truth.
/// </summary>
public sealed class PageRenderer(int dpi = 300, float pointSize = 13f)
{
    private readonly int _width = (int)Math.Round(210 / 25.4 * dpi);
    private readonly int _height = (int)Math.Round(297 / 25.4 * dpi);
    private readonly float _margin = 20 / 25.4f * dpi;

    /// <summary>Pages of text in this font; at most <paramref name="maxLinesPerPage"/> lines each (tests ask for few, to OCR fast).</summary>
    public IEnumerable<SyntheticPage> Render(IEnumerable<string> paragraphs, ScanFont font, int maxLinesPerPage = int.MaxValue) =>
        Render(paragraphs.Select(p => new PrintedParagraph(p)), font, maxLinesPerPage);

    /// <summary>Pages of paragraphs, some in bold (emboldened strokes of the same font, as office printers show headings).</summary>
    public IEnumerable<SyntheticPage> Render(IEnumerable<PrintedParagraph> paragraphs, ScanFont font, int maxLinesPerPage = int.MaxValue)
    {
        using var typeface = SKTypeface.FromFile(font.Path) ?? throw new FileNotFoundException("Font not found", font.Path);
        using var regular = new SKFont(typeface, pointSize / 72f * dpi);
        using var bold = new SKFont(typeface, pointSize / 72f * dpi) { Embolden = true };
        var lineHeight = regular.Size * 1.45f;
        var linesPerPage = Math.Min(maxLinesPerPage, (int)((_height - 2 * _margin) / lineHeight));
        var lines = paragraphs.SelectMany(p => Wrap(p.Text, p.Bold ? bold : regular, _width - 2 * _margin).Select(line => (Text: line, p.Bold))).ToList();
        for (var start = 0; start < lines.Count; start += linesPerPage)
        {
            var pageLines = lines.Skip(start).Take(linesPerPage).ToList();
            yield return new SyntheticPage(Draw(pageLines, regular, bold, lineHeight), string.Join('\n', pageLines.Select(l => l.Text)), font.Name);
        }
    }

    private GrayPage Draw(IReadOnlyList<(string Text, bool Bold)> lines, SKFont regular, SKFont bold, float lineHeight)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(_width, _height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        using (var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            canvas.Clear(SKColors.White);
            var y = _margin + regular.Size;
            foreach (var (text, isBold) in lines)
            {
                canvas.DrawText(text, _margin, y, SKTextAlign.Left, isBold ? bold : regular, ink);
                y += lineHeight;
            }
        }
        return SkiaGray.FromBitmap(bitmap, dpi);
    }

    private static IEnumerable<string> Wrap(string paragraph, SKFont font, float width)
    {
        var line = "";
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }
        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
