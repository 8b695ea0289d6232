using System.Collections.Concurrent;
using Ingest.Core.Pipeline;
using Ingest.Core.Text;

namespace Ingest.Text.Ocr;

/// <summary>
/// OCRs the pages of one document in parallel, one engine of the pool per worker, each image loaded only when its
/// worker takes it and released right after, so memory holds at most one page per engine.
/// </summary>
public sealed class PageRecognizer(OcrEnginePool pool)
{
    public IReadOnlyList<(PageText Page, byte[]? PdfPage)> Recognize(
        IReadOnlyList<OcrJob> jobs, TextReadOptions options, CancellationToken cancellationToken)
    {
        var results = new (PageText, byte[]?)[jobs.Count];
        try
        {
            // One page at a time from a shared queue (as xargs hands them out): pages take seconds each, and chunks
            // of several would leave a core idle at the end of the document.
            var queue = Partitioner.Create(Enumerable.Range(0, jobs.Count), EnumerablePartitionerOptions.NoBuffering);
            Parallel.ForEach(queue, new ParallelOptions { MaxDegreeOfParallelism = pool.Size, CancellationToken = cancellationToken }, i =>
            {
                var job = jobs[i];
                var result = pool.Use(engine =>
                {
                    using var image = job.LoadImage();
                    return engine.Recognize(image, options.Limits.PageOcrTimeout, options.SearchablePdf, cancellationToken);
                }, cancellationToken);
                var page = new PageText(job.PageNumber, result.Text, TextMethod.Ocr, result.Confidence, result.Layout);
                results[i] = (page, result.SearchablePdfPage);
                options.Progress?.PageDone(page);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is RejectedInputException or OcrTimeoutException or OperationCanceledException) is { } first)
        {
            throw first is OcrTimeoutException timeout
                ? new RejectedInputException(
                    $"A page took longer than the limit of {timeout.Limit.TotalSeconds:0} s to OCR (a very dense, noisy or damaged scan).",
                    "Scan the document again at 300 dpi in black and white or grey, or split off the page, and drop it into the inbox again.")
                : first;
        }
        return results;
    }
}
