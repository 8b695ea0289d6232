namespace Ingest.Extraction.Structure;

/// <summary>
/// One paragraph placed in the document's outline: its list marker (if any), its text without the marker,
/// its parent and children. Unmarked paragraphs hang under the item before them.
/// </summary>
public sealed class OutlineNode
{
    private readonly List<OutlineNode> _children = [];

    public OutlineNode(Paragraph? paragraph, ListMarker? marker, OutlineNode? parent)
    {
        Paragraph = paragraph;
        Marker = marker;
        Parent = parent;
        Text = marker?.Rest ?? paragraph?.Text ?? "";
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    public Paragraph? Paragraph { get; }

    public ListMarker? Marker { get; }

    public OutlineNode? Parent { get; }

    public IReadOnlyList<OutlineNode> Children => _children;

    /// <summary>The paragraph text without its list marker.</summary>
    public string Text { get; }

    public int Depth { get; }

    public bool IsMarked => Marker is not null;

    /// <summary>Style of the marker, with the depth of dotted numbers ("1.1" and "1.1.1" differ).</summary>
    public string? Style => Marker is null ? null
        : Marker.Kind == MarkerKind.DottedNumber ? $"D{Marker.Label.Count(c => c == '.')}"
        : Marker.Kind.ToString();

    public IEnumerable<OutlineNode> MarkedChildren => _children.Where(c => c.IsMarked);

    public IEnumerable<OutlineNode> Descendants()
    {
        foreach (var child in _children)
        {
            yield return child;
            foreach (var descendant in child.Descendants())
            {
                yield return descendant;
            }
        }
    }

    public IEnumerable<OutlineNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    internal OutlineNode Add(Paragraph paragraph, ListMarker? marker)
    {
        var child = new OutlineNode(paragraph, marker, this);
        _children.Add(child);
        return child;
    }

    public override string ToString() => $"{Marker?.Label} {Text}";
}
