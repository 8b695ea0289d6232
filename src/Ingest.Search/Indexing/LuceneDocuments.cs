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
/// carrying the document's fields; tasks also carry their owners (names, roles, agency ids) and deadline. Every
/// value is normalised here (<see cref="VietnameseText.Normalize"/>), once, before analysis.
/// </summary>
/// <remarks>
/// The documents come from one <see cref="FieldPool"/> and share its fields: each must be indexed before the next is
/// asked for (IndexWriter.AddDocuments does exactly that). One instance per indexing thread.
/// </remarks>
internal sealed class LuceneDocuments
{
    /// <summary>The exact text: analysed, frequencies but no positions (<see cref="IndexFields.Text"/>).</summary>
    private static readonly FieldType ExactText = Freeze(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS });

    private readonly FieldPool _fields = new();

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }

    public IEnumerable<Document> From(string documentId, DirectiveExtraction extraction)
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

    private static List<IndexedOwner> Owners(IReadOnlyList<Owner> owners, string? place)
    {
        var indexed = new List<IndexedOwner>(owners.Count);
        foreach (var owner in owners.Where(o => !string.IsNullOrWhiteSpace(o.Name)))
        {
            var name = VietnameseText.Normalize(owner.Name.Trim());
            indexed.Add(new IndexedOwner(name, owner.Role, AgencyIdentity.Of(name, place)));
        }
        return indexed;
    }

    private Document Build(DocumentContext context, StoredItem item)
    {
        var document = _fields.Begin();
        _fields.String(IndexFields.ItemId, item.Id, stored: true);
        _fields.Text(IndexFields.Text, item.Text, ExactText);
        _fields.Text(IndexFields.TextFolded, item.Text);
        _fields.Stored(IndexFields.Payload, JsonSerializer.Serialize(item, PayloadJson.Options));
        DocumentContext.AddFacet(_fields, FacetDimensions.Type, item.Type);
        context.AddTo(_fields);
        AddOwners(item.Owners, context.Place);
        AddDue(item.Deadline?.Due ?? item.Target?.Due);
        if (item.Deadline?.Recurrence is { Length: > 0 } recurrence)
        {
            _fields.String(IndexFields.Recurrence, recurrence);
        }
        return document;
    }

    private void AddOwners(IReadOnlyList<IndexedOwner> owners, string? place)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var owner in owners)
        {
            var lead = owner.Role == Owner.Lead;
            _fields.Text(IndexFields.Owner, owner.Name);
            _fields.Text(lead ? IndexFields.Lead : IndexFields.Support, owner.Name);
            if (owner.Id.Length == 0)
            {
                continue;
            }
            // An agency named twice in one task (once per role, or twice as written) counts once per facet.
            var label = AgencyIdentity.Label(owner.Name, place);
            if (seen.Add((FacetDimensions.Owner.Name, owner.Id)))
            {
                DocumentContext.AddFacet(_fields, FacetDimensions.Owner, owner.Id, label);
            }
            var role = lead ? FacetDimensions.Lead : FacetDimensions.Support;
            if (seen.Add((role.Name, owner.Id)))
            {
                DocumentContext.AddFacet(_fields, role, owner.Id, label);
            }
        }
    }

    private void AddDue(string? due)
    {
        if (IsoDates.LastDay(due) is not { } last)
        {
            return;
        }
        _fields.Int32(IndexFields.Due, last);
        DocumentContext.AddFacet(_fields, FacetDimensions.DueYear, (last / 10000).ToString(CultureInfo.InvariantCulture));
    }
}
