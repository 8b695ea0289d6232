namespace Ingest.Text.Ocr;

/// <summary>A run of pages (1-based) taken from one PDF file, for <see cref="SearchablePdfAssembler"/>.</summary>
public sealed record PdfPageRun(byte[] Pdf, IReadOnlyList<int> Pages);
