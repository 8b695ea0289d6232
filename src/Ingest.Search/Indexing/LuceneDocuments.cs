using System.Globalization;
using System.Text.Json;
using Ingest.Core.Extraction;
using Ingest.Core.Vietnamese;
using Ingest.Search.Agencies;
using Ingest.Search.Facets;
using Lucene.Net.Documents;

namespace Ingest.Search.Indexing;

/// <summary>
/// Maps an extraction to Lucene documents: one for the source document, one per task and one per target, each
/// carrying the document's fields; tasks also carry their owners (names, roles, agency ids) and deadline.
/// </summary>
internal static class LuceneDocuments
{
    public static IEnumerable<Document> From(string documentId, DirectiveExtraction extraction)
    {
        var fields = extraction.Document;
        var context = new DocumentContext(documentId, fields);
        var title = VietnameseText.Normalize(fields.Title ?? fields.File);
        yield return Build(context, new StoredItem(ItemTypes.Document, documentId, documentId, title, [], null, null, fields));
        for (var i = 0; i < extraction.Tasks.Count; i++)
        {
            var task = extraction.Tasks[i];
            var owners = Owners(task.Owners, context.Place);
            yield return Build(context, new StoredItem(
                ItemTypes.Task, ItemIds.Task(documentId, i), documentId, VietnameseText.Normalize(task.Text), owners, task.Deadline, null, null));
        }
        for (var i = 0; i < extraction.Targets.Count; i++)
        {
            var target = extraction.Targets[i];
            yield return Build(context, new StoredItem(
                ItemTypes.Target, ItemIds.Target(documentId, i), documentId, VietnameseText.Normalize(target.Text), [], null, target, null));
        }
    }

    private static IReadOnlyList<IndexedOwner> Owners(IReadOnlyList<Owner> owners, string? place) =>
        owners
            .Where(o => !string.IsNullOrWhiteSpace(o.Name))
            .Select(o => new IndexedOwner(VietnameseText.Normalize(o.Name.Trim()), o.Role, AgencyIdentity.Of(o.Name, place)))
            .ToList();

    private static Document Build(DocumentContext context, StoredItem item)
    {
        var document = new Document
        {
            new StringField(IndexFields.ItemId, item.Id, Field.Store.YES),
            new TextField(IndexFields.Text, item.Text, Field.Store.NO),
            new TextField(IndexFields.TextFolded, item.Text, Field.Store.NO),
            new StoredField(IndexFields.Payload, JsonSerializer.Serialize(item, ExtractionJson.Options)),
        };
        DocumentContext.AddFacet(document, FacetDimensions.Type, item.Type);
        context.AddTo(document);
        AddOwners(document, item.Owners, context.Place);
        AddDue(document, item.Deadline?.Due ?? item.Target?.Due);
        if (item.Deadline?.Recurrence is { Length: > 0 } recurrence)
        {
            document.Add(new StringField(IndexFields.Recurrence, recurrence, Field.Store.NO));
        }
        return document;
    }

    private static void AddOwners(Document document, IReadOnlyList<IndexedOwner> owners, string? place)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var owner in owners)
        {
            var lead = owner.Role == Owner.Lead;
            document.Add(new TextField(IndexFields.Owner, owner.Name, Field.Store.NO));
            document.Add(new TextField(lead ? IndexFields.Lead : IndexFields.Support, owner.Name, Field.Store.NO));
            if (owner.Id.Length == 0)
            {
                continue;
            }
            // An agency named twice in one task (once per role, or twice as written) counts once per facet.
            var label = AgencyIdentity.Label(owner.Name, place);
            if (seen.Add((FacetDimensions.Owner.Name, owner.Id)))
            {
                DocumentContext.AddFacet(document, FacetDimensions.Owner, owner.Id, label);
            }
            var role = lead ? FacetDimensions.Lead : FacetDimensions.Support;
            if (seen.Add((role.Name, owner.Id)))
            {
                DocumentContext.AddFacet(document, role, owner.Id, label);
            }
        }
    }

    private static void AddDue(Document document, string? due)
    {
        if (IsoDates.LastDay(due) is not { } last)
        {
            return;
        }
        document.Add(new Int32Field(IndexFields.Due, last, Field.Store.NO));
        document.Add(new NumericDocValuesField(IndexFields.DueSort, last));
        DocumentContext.AddFacet(document, FacetDimensions.DueYear, (last / 10000).ToString(CultureInfo.InvariantCulture));
    }
}
