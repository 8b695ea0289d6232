namespace Ingest.Core.Text;

/// <summary>The size of the page image that was OCR'd, in pixels, and the words found on it.</summary>
public sealed record PageLayout(int Width, int Height, int Dpi, IReadOnlyList<WordBox> Words);
