namespace Ingest.Core.Text;

/// <summary>One OCR'd word: its text, confidence (0–100) and box in pixels of the page image (origin top left).</summary>
public sealed record WordBox(string Text, double Confidence, int Left, int Top, int Width, int Height);
