namespace Ingest.Text.Ocr;

/// <summary>One text line of a recognised page as Tesseract wrote it (its newline included), with its box and mean confidence.</summary>
public sealed record OcrLine(string Text, float Confidence, int Left, int Top, int Width, int Height);
