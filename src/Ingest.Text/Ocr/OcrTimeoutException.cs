namespace Ingest.Text.Ocr;

/// <summary>Tesseract stopped because a page took longer than the per-page limit.</summary>
public sealed class OcrTimeoutException(TimeSpan limit) : Exception($"OCR of the page took longer than {limit.TotalSeconds:0} s.")
{
    public TimeSpan Limit { get; } = limit;
}
