namespace Ingest.Core.Text;

/// <summary>The text of one page, how it was obtained, and the OCR mean confidence (0–100) when OCR'd.</summary>
public sealed record PageText(int Number, string Text, TextMethod Method, double? Confidence = null);
