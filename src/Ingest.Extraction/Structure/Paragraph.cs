namespace Ingest.Extraction.Structure;

/// <summary>
/// A logical paragraph: wrapped lines joined, markdown emphasis and table bars removed. A row of a table carries
/// its cells and the header row of its table.
/// </summary>
public sealed record Paragraph(int Index, string Text, int FirstLine)
{
    public IReadOnlyList<string>? Cells { get; init; }

    public IReadOnlyList<string>? Header { get; init; }

    public bool IsTableRow => Cells is not null;
}
