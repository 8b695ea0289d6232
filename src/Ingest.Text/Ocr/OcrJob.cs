using Ingest.Text.Images;

namespace Ingest.Text.Ocr;

/// <summary>A page to OCR: its number and how to get its image (decoded or rendered only when a worker takes it).</summary>
public sealed record OcrJob(int PageNumber, Func<PageImage> LoadImage);
