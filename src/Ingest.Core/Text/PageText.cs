namespace Ingest.Core.Text;

/// <summary>
/// The text of one page, how it was obtained, the OCR mean confidence (0–100) when OCR'd, and, for OCR'd pages,
/// where each word sits on the page image (for the review UI).
/// </summary>
public sealed record PageText(int Number, string Text, TextMethod Method, double? Confidence = null, PageLayout? Layout = null);
