using System.Text.RegularExpressions;
using Ingest.Core.Extraction;
using Ingest.Extraction.Structure;
using Ingest.Extraction.Tasks;

namespace Ingest.Extraction.Targets;

/// <summary>
/// Finds the targets of a directive: every quantified goal in its "mục tiêu / chỉ tiêu" parts, and goals stated
/// inside the work parts ("Phấn đấu 100% …"). Background and purpose parts give none. A heading such as
/// "a) Đến năm 2025" gives its due year to the goals under it.
/// </summary>
public static partial class TargetBuilder
{
    public static IReadOnlyList<TargetItem> Build(OutlineNode root, string? documentKind)
    {
        var targets = new List<TargetItem>();
        var section = SectionKind.Preamble;
        foreach (var node in root.Children)
        {
            if (node.Marker?.Kind is MarkerKind.Roman or MarkerKind.Article)
            {
                section = SectionClassifier.Classify(node.Text, documentKind) ?? (node.Marker.Label.Length == 0 ? section : SectionKind.Work);
            }
            Visit(node, section, TargetParser.DueOf(node.Text), targets, documentKind);
        }
        // One target per goal: the same goal restated (same value, unit, due and metric) counts once.
        return targets.DistinctBy(t => (t.Value, t.Unit, t.Due, t.Metric)).ToList();
    }

    private static void Visit(OutlineNode node, SectionKind section, string? due, List<TargetItem> targets, string? documentKind)
    {
        if (node.MarkedChildren.Any() && node.Text.Split(' ').Length <= 16)
        {
            section = SectionClassifier.Classify(node.Text, documentKind) ?? section;
        }
        var ownDue = TargetParser.DueOf(node.Text);
        if (node.Paragraph is { IsTableRow: false } && IsGoal(node.Text, section))
        {
            targets.AddRange(TargetParser.Parse(node.Text, due));
        }
        var childDue = node.MarkedChildren.Any() ? ownDue ?? due : due;
        foreach (var child in node.Children)
        {
            Visit(child, section, childDue, targets, documentKind);
            // "Phấn đấu đến hết năm 2025:" over a flat list: its year is the due of the goals after it.
            if (!child.MarkedChildren.Any() && child.Text.TrimEnd().EndsWith(':') && TargetParser.DueOf(child.Text) is { } leadDue)
            {
                childDue = leadDue;
            }
        }
    }

    private static bool IsGoal(string text, SectionKind section) => section switch
    {
        SectionKind.Goals => true,
        SectionKind.Work => GoalCue().IsMatch(text) && GoalNumber().IsMatch(text),
        SectionKind.Preamble => StrongGoalCue().IsMatch(text) && GoalNumber().IsMatch(text),
        _ => false,
    };

    [GeneratedRegex(@"\d\s*%|(?:đạt|tối thiểu|ít nhất|trên|dưới|khoảng|có|giảm|tăng|còn|mức|xuống|lên|≥|≤)\s+\d")]
    private static partial Regex GoalNumber();

    [GeneratedRegex(@"(?i)phấn đấu")]
    private static partial Regex StrongGoalCue();

    [GeneratedRegex(@"(?i)phấn đấu|chỉ tiêu|mục tiêu|tỷ lệ|tỉ lệ|\b100\s*%|đạt\s+(?:tối thiểu\s+|ít nhất\s+|trên\s+)?\d|(?<![\p{L}])(?:giảm|tăng|tiết kiệm)\s+(?:ít nhất|tối thiểu|tối đa|không quá|khoảng|trên|dưới)?\s*\d+(?:[.,]\d+)?\s*%")]
    private static partial Regex GoalCue();
}
