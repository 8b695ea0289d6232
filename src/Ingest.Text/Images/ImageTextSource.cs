using Ingest.Core.Pipeline;
using Ingest.Core.Text;
using Ingest.Text.Ocr;

namespace Ingest.Text.Images;

/// <summary>Scanned images: TIFF (multi-page, any compression libtiff reads, CCITT G4 included), JPEG and PNG, OCR'd page by page.</summary>
public sealed class ImageTextSource(PageRecognizer recognizer, TextReadOptions options) : ITextSource
{
    private static readonly string[] Extensions = [".tif", ".tiff", ".jpg", ".jpeg", ".png"];

    public bool CanRead(string fileName, ReadOnlySpan<byte> content) =>
        Extensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase);

    public DocumentText Read(string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var jobs = new List<OcrJob>();
        int pageCount;
        if (FileSignature.Detect(content) == FileSignature.Tiff)
        {
            var tiff = TiffPages.Read(content, options.Limits);
            pageCount = tiff.Count;
            for (var i = 0; i < tiff.Count; i++)
            {
                var index = i;
                if (options.Pages.Contains(index + 1)) jobs.Add(new OcrJob(index + 1, () => tiff.Decode(index)));
            }
        }
        else
        {
            // Check the header now, so a bomb or a damaged file is refused before any worker starts.
            var header = ImageDecoder.ReadHeader(content) ?? throw ImageRejections.Damaged("image", 1);
            ImageRejections.CheckSize(header, 1, options.Limits);
            pageCount = 1;
            if (options.Pages.Contains(1)) jobs.Add(new OcrJob(1, () => ImageDecoder.Decode(content, options.Limits)));
        }
        if (jobs.Count == 0)
        {
            throw new RejectedInputException(
                $"The file has {pageCount} page(s); none is in the range {options.Pages}.",
                "Ask for pages that exist.");
        }
        options.Progress?.Started(fileName, jobs.Count);
        var pages = recognizer.Recognize(jobs, options, cancellationToken);
        return new DocumentText(pages.Select(p => p.Page).ToList())
        {
            SearchablePdf = options.SearchablePdf
                ? SearchablePdfAssembler.Assemble(pages.Select(p => new PdfPageRun(p.PdfPage!, [1])).ToList())
                : null,
        };
    }
}
