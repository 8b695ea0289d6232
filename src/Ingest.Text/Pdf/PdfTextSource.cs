using Ingest.Core.Pipeline;
using Ingest.Core.Text;
using Ingest.Core.Vietnamese;
using Ingest.Text.Images;
using Ingest.Text.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Ingest.Text.Pdf;

/// <summary>
/// PDFs, decided page by page: a page whose text layer passes <see cref="TextLayerQuality"/> gives that text; any
/// other page (a scan, or a garbled text layer) is rendered at 300 dpi and OCR'd. The searchable PDF keeps the
/// original's good pages and puts OCR'd pages (image plus invisible text) in place of the others.
/// </summary>
public sealed class PdfTextSource(PageRecognizer recognizer, TextReadOptions options) : ITextSource
{
    public bool CanRead(string fileName, ReadOnlySpan<byte> content) =>
        string.Equals(Path.GetExtension(fileName), ".pdf", StringComparison.OrdinalIgnoreCase);

    public DocumentText Read(string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        using var document = Open(content);
        var pageCount = PageCount(document);
        if (pageCount > options.Limits.MaxPages)
        {
            throw ImageRejections.TooManyPages(pageCount, options.Limits);
        }
        var selected = Enumerable.Range(1, pageCount).Where(options.Pages.Contains).ToList();
        if (selected.Count == 0)
        {
            throw new RejectedInputException(
                $"The PDF has {pageCount} page(s); none is in the range {options.Pages}.", "Ask for pages that exist.");
        }
        options.Progress?.Started(fileName, selected.Count);
        var pages = new Dictionary<int, PageText>();
        var scanned = new List<(int Number, double Width, double Height)>();
        foreach (var number in selected)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (text, verdict, width, height) = ReadTextLayer(document, number);
            if (verdict.Trusted)
            {
                var page = new PageText(number, text, TextMethod.TextLayer);
                pages[number] = page;
                options.Progress?.PageDone(page);
            }
            else
            {
                scanned.Add((number, width, height));
            }
        }
        if (scanned.Count == 0)
        {
            return new DocumentText(selected.Select(n => pages[n]).ToList());
        }
        var pdfPath = Path.Combine(Path.GetTempPath(), $"ingest-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(pdfPath, content);
        try
        {
            var renderer = new PdfPageRenderer(pdfPath, options.Limits);
            // A page's own JPEG is read when its worker takes it (PdfPig's document is not thread-safe: one at a time),
            // so a long scan never holds all its images in memory.
            var jobs = scanned.Select(s => new OcrJob(s.Number, () =>
            {
                EmbeddedPageImage? jpeg;
                lock (document)
                {
                    jpeg = EmbeddedImageOf(document, s.Number);
                }
                return (jpeg is null ? null : Decode(jpeg, options.Limits)) ?? renderer.Render(s.Number, renderer.DpiFor(s.Width, s.Height));
            })).ToList();
            var ocr = recognizer.Recognize(jobs, options, cancellationToken).ToDictionary(r => r.Page.Number);
            foreach (var (number, result) in ocr)
            {
                pages[number] = result.Page;
            }
            return new DocumentText(selected.Select(n => pages[n]).ToList())
            {
                SearchablePdf = options.SearchablePdf ? Searchable(content, selected, ocr.ToDictionary(o => o.Key, o => o.Value.PdfPage!)) : null,
            };
        }
        finally
        {
            File.Delete(pdfPath);
        }
    }

    /// <summary>The page's own JPEG, or null (then the page is rendered) when it is damaged or outside the limits.</summary>
    private static PageImage? Decode(EmbeddedPageImage jpeg, ImageLimits limits)
    {
        try
        {
            var image = ImageDecoder.Decode(jpeg.Jpeg, limits, "PDF page image");
            image.SetDpi(jpeg.Dpi);
            return image;
        }
        catch (RejectedInputException)
        {
            return null;
        }
    }

    private static PdfDocument Open(byte[] content)
    {
        try
        {
            return PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new RejectedInputException(
                "The PDF is protected by a password, so its pages cannot be read.",
                "Open it with the password and save or print it as a PDF without protection, then drop that file into the inbox.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Damaged(e);
        }
    }

    private static int PageCount(PdfDocument document)
    {
        try
        {
            return document.NumberOfPages;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Damaged(e);
        }
    }

    /// <summary>The page's text layer and its verdict; a page PdfPig cannot read counts as untrusted (it is rendered and OCR'd).</summary>
    private static (string Text, TextLayerVerdict Verdict, double Width, double Height) ReadTextLayer(PdfDocument document, int number)
    {
        Page page;
        try
        {
            page = document.GetPage(number);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Damaged(e);
        }
        try
        {
            var text = VietnameseText.Normalize(ContentOrderTextExtractor.GetText(page)).Trim();
            return (text, TextLayerQuality.Judge(text, page.NumberOfImages > 0), page.Width, page.Height);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ("", new TextLayerVerdict(false, "text layer unreadable: " + e.Message), page.Width, page.Height);
        }
    }

    private static EmbeddedPageImage? EmbeddedImageOf(PdfDocument document, int number)
    {
        try
        {
            return EmbeddedPageImage.Find(document.GetPage(number));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null; // an image PdfPig cannot parse: the page is rendered instead
        }
    }

    private static byte[] Searchable(byte[] original, IReadOnlyList<int> selected, IReadOnlyDictionary<int, byte[]> ocrPages)
    {
        var runs = new List<PdfPageRun>();
        var originalRun = new List<int>();
        foreach (var number in selected)
        {
            if (ocrPages.TryGetValue(number, out var pdfPage))
            {
                if (originalRun.Count > 0)
                {
                    runs.Add(new PdfPageRun(original, originalRun.ToList()));
                    originalRun.Clear();
                }
                runs.Add(new PdfPageRun(pdfPage, [1]));
            }
            else
            {
                originalRun.Add(number);
            }
        }
        if (originalRun.Count > 0)
        {
            runs.Add(new PdfPageRun(original, originalRun));
        }
        return SearchablePdfAssembler.Assemble(runs);
    }

    private static RejectedInputException Damaged(Exception e) => new(
        $"The PDF is damaged or truncated and cannot be read ({e.Message}).",
        "Export, download or scan it again and drop the new file into the inbox.");
}
