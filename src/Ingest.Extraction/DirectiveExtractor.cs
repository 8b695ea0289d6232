using Ingest.Core.Extraction;
using Ingest.Core.Pipeline;
using Ingest.Core.Text;
using Ingest.Extraction.Classification;
using Ingest.Extraction.Fields;
using Ingest.Extraction.Owners;
using Ingest.Extraction.Structure;
using Ingest.Extraction.Targets;
using Ingest.Extraction.Tasks;

namespace Ingest.Extraction;

/// <summary>The extraction stage: paragraphs, document fields, tasks.</summary>
public sealed class DirectiveExtractor(SegmentClassifier? classifier = null, AgencyGazetteer? gazetteer = null) : IExtractor
{
    /// <summary>The extractor with the shipped segment classifier and agency gazetteer (a missing model is a clear error).</summary>
    public static DirectiveExtractor WithShippedModels() => new(SegmentClassifier.LoadDefault(), AgencyGazetteer.LoadDefault());

    private string Classify(OutlineNode node, SectionKind section) =>
        classifier?.Predict(SegmentFeatures.Of(node, section)).Class ?? SegmentClasses.Task;

    private IReadOnlyList<TaskItem> CompleteOwners(IReadOnlyList<TaskItem> tasks, string text)
    {
        if (gazetteer is null)
        {
            return tasks;
        }
        var folded = AgencyGazetteer.Key(text);
        return tasks.Select(t => t with { Owners = gazetteer.Complete(t.Owners, folded) }).ToList();
    }

    public DirectiveExtraction Extract(string fileName, DocumentText text)
    {
        var paragraphs = ParagraphSplitter.Split(text.FullText);
        var fields = DocumentFieldsReader.Read(fileName, paragraphs);
        var year = fields.Date is { Length: >= 4 } date ? int.Parse(date[..4], System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var outline = OutlineBuilder.Build(paragraphs);
        return new DirectiveExtraction
        {
            Document = fields,
            Tasks = CompleteOwners(new TaskBuilder(fields.Kind, year, Classify).Build(outline), text.FullText),
            Targets = TargetBuilder.Build(outline, fields.Kind),
        };
    }
}
