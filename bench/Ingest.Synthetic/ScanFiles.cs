using Ingest.Text.Images;
using SkiaSharp;

namespace Ingest.Synthetic;

/// <summary>Packs synthetic pages the way scans arrive: PNG, JPEG, image-only PDF, multi-page TIFF; and born-digital PDFs with a text layer.</summary>
public static class ScanFiles
{
    private const float A4WidthPoints = 595.28f;
    private const float A4HeightPoints = 841.89f;

    /// <summary>A PDF whose pages are only images (no text layer), as a scanner's "scan to PDF" makes.</summary>
    /// <remarks>
    /// <paramref name="hiddenTextPerPage"/> puts white text under each image: a text layer that does not match the page,
    /// as a legacy-font or broken-glyph-map PDF has.
    /// </remarks>
    public static byte[] ImageOnlyPdf(IEnumerable<GrayPage> pages, int? jpegQuality = null, IReadOnlyList<string>? hiddenTextPerPage = null)
    {
        using var stream = new MemoryStream();
        var index = 0;
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { EncodingQuality = 101, RasterDpi = 300, Producer = "Ingest.Synthetic" }))
        {
            foreach (var page in pages)
            {
                var canvas = document.BeginPage(A4WidthPoints, A4HeightPoints);
                if (hiddenTextPerPage is not null && index < hiddenTextPerPage.Count)
                {
                    using var font = new SKFont(SKTypeface.FromFile(ScanFont.Available[0].Path), 11);
                    using var white = new SKPaint { Color = SKColors.White };
                    canvas.DrawText(hiddenTextPerPage[index], 40, 60, SKTextAlign.Left, font, white);
                }
                index++;
                // JPEG data is embedded as is (DCTDecode), as a scanner does; other pages losslessly.
                using var image = jpegQuality is { } quality
                    ? SKImage.FromEncodedData(SkiaGray.EncodeJpeg(page, quality))
                    : SKImage.FromEncodedData(SkiaGray.EncodePng(page));
                canvas.DrawImage(image, new SKRect(0, 0, A4WidthPoints, A4HeightPoints));
                document.EndPage();
            }
        }
        return stream.ToArray();
    }

    /// <summary>A born-digital PDF: each string is one page of real text (a text layer with Unicode mapping), in this font.</summary>
    public static byte[] TextPdf(IEnumerable<string> pageTexts, ScanFont font, float pointSize = 12f)
    {
        using var stream = new MemoryStream();
        using var typeface = SKTypeface.FromFile(font.Path);
        using var skFont = new SKFont(typeface, pointSize);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Producer = "Ingest.Synthetic" }))
        {
            foreach (var text in pageTexts)
            {
                var canvas = document.BeginPage(A4WidthPoints, A4HeightPoints);
                var y = 72f;
                foreach (var line in text.Split('\n'))
                {
                    canvas.DrawText(line, 57, y, SKTextAlign.Left, skFont, ink);
                    y += pointSize * 1.4f;
                }
                document.EndPage();
            }
        }
        return stream.ToArray();
    }

    /// <summary>A multi-page TIFF; bilevel pages are stored 1-bit with CCITT G4, grey ones with deflate.</summary>
    public static void Tiff(string path, IEnumerable<GrayPage> pages, bool bilevel)
    {
        var images = new List<PageImage>();
        try
        {
            foreach (var page in pages)
            {
                using var grey = ImageDecoder.Decode(page.ToPgm(), ImageLimits.Default);
                grey.SetDpi(page.Dpi);
                var stored = bilevel ? grey.ToBilevel() : ImageDecoder.Decode(page.ToPgm(), ImageLimits.Default);
                stored.SetDpi(page.Dpi);
                images.Add(stored);
            }
            TiffWriter.Write(path, images, bilevel ? TiffCompression.Group4 : TiffCompression.Deflate);
        }
        finally
        {
            images.ForEach(i => i.Dispose());
        }
    }

    public static byte[] TiffBytes(IEnumerable<GrayPage> pages, bool bilevel)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ingest-synth-{Guid.NewGuid():N}.tif");
        try
        {
            Tiff(path, pages, bilevel);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
