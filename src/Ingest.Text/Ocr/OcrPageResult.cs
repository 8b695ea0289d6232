using Ingest.Core.Text;

namespace Ingest.Text.Ocr;

/// <summary>What one engine made of one page image: text, mean confidence, word boxes, and optionally a one-page searchable PDF.</summary>
public sealed record OcrPageResult(string Text, double Confidence, PageLayout Layout, byte[]? SearchablePdfPage);
