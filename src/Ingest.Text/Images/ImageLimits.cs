namespace Ingest.Text.Images;

/// <summary>
/// What one input may cost: pages, pixels per page (a decompression bomb decodes a few kilobytes into gigabytes),
/// and OCR time per page.
/// </summary>
public sealed record ImageLimits
{
    /// <summary>A4 at 600 dpi is 35 megapixels; twice A3 at 600 dpi still fits.</summary>
    public long MaxPixelsPerPage { get; init; } = 150_000_000;

    /// <summary>Longest side in pixels (a 1 × 100 000 000 strip is as bad as a square bomb).</summary>
    public int MaxSide { get; init; } = 30_000;

    public int MaxPages { get; init; } = 2_000;

    public TimeSpan PageOcrTimeout { get; init; } = TimeSpan.FromMinutes(3);

    public static ImageLimits Default { get; } = new();
}
