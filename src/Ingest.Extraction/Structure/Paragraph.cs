namespace Ingest.Extraction.Structure;

/// <summary>A logical paragraph: wrapped lines joined, markdown emphasis and table bars removed.</summary>
public sealed record Paragraph(int Index, string Text, int FirstLine);
