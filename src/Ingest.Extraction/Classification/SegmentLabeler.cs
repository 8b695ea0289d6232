using Ingest.Core.Extraction;
using Ingest.Extraction.Evaluation;
using Ingest.Extraction.Structure;
using Ingest.Extraction.Tasks;

namespace Ingest.Extraction.Classification;

/// <summary>
/// Labels the paragraphs of a gold document for training: a paragraph that pairs with a gold task (Dice of folded
/// word sets ≥ 0.5, best pairs first) is a task; one that holds a gold target is a target; a paragraph with items
/// under it is a heading; the rest is other.
/// </summary>
public static class SegmentLabeler
{
    public static IEnumerable<SegmentInput> Label(string text, DirectiveExtraction gold)
    {
        var outline = OutlineBuilder.Build(ParagraphSplitter.Split(text));
        var sections = OutlineSections.Compute(outline, gold.Document.Kind);
        var nodes = outline.Descendants().Where(n => n.Text.Length > 0).ToList();
        var taskNodes = PairTasks(nodes, gold.Tasks);
        foreach (var node in nodes)
        {
            var label = taskNodes.Contains(node) ? SegmentClasses.Task
                : gold.Targets.Any(t => WordSetDice.Between(t.Text, node.Text).AtLeast(0.5m)) ? SegmentClasses.Target
                : node.MarkedChildren.Any() ? SegmentClasses.Heading
                : SegmentClasses.Other;
            yield return SegmentFeatures.Of(node, sections.GetValueOrDefault(node, SectionKind.Preamble), label);
        }
    }

    private static HashSet<OutlineNode> PairTasks(List<OutlineNode> nodes, IReadOnlyList<TaskItem> tasks)
    {
        var candidates = new List<(double Dice, OutlineNode Node, int Task)>();
        var words = nodes.ToDictionary(n => n, n => WordSet.Of(n.Text));
        for (var t = 0; t < tasks.Count; t++)
        {
            var gold = WordSet.Of(tasks[t].Text);
            foreach (var node in nodes)
            {
                var dice = WordSetDice.Between(words[node], gold);
                if (dice.AtLeast(0.5m))
                {
                    candidates.Add((dice.Value, node, t));
                }
            }
        }
        var pairedNodes = new HashSet<OutlineNode>();
        var pairedTasks = new HashSet<int>();
        foreach (var (_, node, task) in candidates.OrderByDescending(c => c.Dice))
        {
            if (!pairedNodes.Contains(node) && pairedTasks.Add(task))
            {
                pairedNodes.Add(node);
            }
        }
        return pairedNodes;
    }
}
