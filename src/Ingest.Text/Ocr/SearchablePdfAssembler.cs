using UglyToad.PdfPig.Writer;

namespace Ingest.Text.Ocr;

/// <summary>
/// Joins one-page searchable PDFs (and, for PDFs that mix text and scans, runs of the original's own pages) into one
/// document in page order.
/// </summary>
public static class SearchablePdfAssembler
{
    public static byte[] Assemble(IReadOnlyList<PdfPageRun> parts) =>
        parts.Count == 1 && parts[0].Pages.Count == 1
            ? parts[0].Pdf
            : PdfMerger.Merge(parts.Select(p => p.Pdf).ToList(), parts.Select(p => p.Pages).ToList());
}
