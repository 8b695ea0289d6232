using System.Text.RegularExpressions;
using Ingest.Extraction.Deadlines;
using Ingest.Extraction.Owners;
using Ingest.Extraction.Structure;
using Ingest.Extraction.Tasks;

namespace Ingest.Extraction.Classification;

/// <summary>Turns an outline node into the classifier's features (the same for training and prediction).</summary>
public static partial class SegmentFeatures
{
    private const int MaxTextLength = 400;

    public static SegmentInput Of(OutlineNode node, SectionKind section, string label = "")
    {
        var text = node.Text.Length > MaxTextLength ? node.Text[..MaxTextLength] : node.Text;
        var words = node.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return new SegmentInput
        {
            Text = text,
            Section = section.ToString(),
            Marker = node.Marker?.Kind.ToString() ?? (node.Paragraph?.IsTableRow == true ? "TableRow" : "None"),
            Depth = Math.Min(node.Depth, 8),
            WordCount = MathF.Log(1 + words),
            MarkedChildren = Math.Min(node.MarkedChildren.Count(), 10),
            EndsWithColon = node.Text.TrimEnd().EndsWith(':') ? 1 : 0,
            HasAgency = AgencyRecognizer.Find(text).Count > 0 ? 1 : 0,
            HasTime = TimeExpressionParser.Parse(text) is { HasDueOrRecurrence: true } ? 1 : 0,
            HasPercent = Percent().IsMatch(text) ? 1 : 0,
            Label = label,
        };
    }

    [GeneratedRegex(@"\d\s*%")]
    private static partial Regex Percent();
}
