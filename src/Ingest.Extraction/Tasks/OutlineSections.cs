using Ingest.Extraction.Structure;

namespace Ingest.Extraction.Tasks;

/// <summary>
/// The kind of part every node of the outline stands in, by the same rules the task builder follows: Roman parts
/// and articles set it, short headings with items under them may change it, the signature block closes it.
/// </summary>
public static class OutlineSections
{
    public static IReadOnlyDictionary<OutlineNode, SectionKind> Compute(OutlineNode root, string? documentKind)
    {
        var sections = new Dictionary<OutlineNode, SectionKind>();
        var section = SectionKind.Preamble;
        foreach (var node in root.Children)
        {
            if (node.Marker?.Kind == MarkerKind.Article)
            {
                section = SectionKind.NotWork;
            }
            else if (node.Marker?.Kind == MarkerKind.Roman)
            {
                var kind = SectionClassifier.Classify(node.Text, documentKind);
                section = kind ?? (node.Marker.Label.Length == 0 ? section : SectionKind.Work);
            }
            else if (node.Text.StartsWith("Nơi nhận", StringComparison.Ordinal))
            {
                section = SectionKind.Closing;
            }
            Mark(node, section, sections, documentKind);
        }
        return sections;
    }


    private static void Mark(OutlineNode node, SectionKind section, Dictionary<OutlineNode, SectionKind> sections, string? documentKind)
    {
        sections[node] = section;
        var childSection = node.MarkedChildren.Any() && node.Text.Split(' ').Length <= 16
            ? SectionClassifier.Classify(node.Text, documentKind) ?? section
            : section;
        foreach (var child in node.Children)
        {
            Mark(child, node.Marker?.Kind == MarkerKind.Roman && node.Marker.Label.Length == 0 ? section : childSection, sections, documentKind);
        }
    }
}
