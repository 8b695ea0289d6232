namespace Ingest.Core.Text;

/// <summary>The size of the page image that was OCR'd, in pixels, and the words found on it.</summary>
public sealed record PageLayout(int Width, int Height, int Dpi, IReadOnlyList<WordBox> Words)
{
    /// <summary>
    /// Degrees (0, 90, 180, 270) by which the page image was turned clockwise before OCR, because it came in turned;
    /// width, height and word boxes are those of the turned (upright) image.
    /// </summary>
    public int Rotation { get; init; }
}
