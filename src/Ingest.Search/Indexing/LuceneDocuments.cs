using System.Globalization;
using Ingest.Core.Extraction;
using Ingest.Core.Vietnamese;
using Ingest.Search.Agencies;
using Ingest.Search.Analysis;
using Ingest.Search.Facets;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Ingest.Search.Indexing;

/// <summary>
/// Maps an extraction to Lucene documents: one for the source document, one per task and one per target, each
/// carrying the document's fields; tasks also carry their owners (names, roles, agency ids) and deadline. Every
/// value is normalised here (<see cref="VietnameseText.Normalize"/>), once, before analysis.
/// </summary>
/// <remarks>
/// The documents come from one <see cref="FieldPool"/> and share its fields and token streams: each must be indexed
/// before the next is asked for (IndexWriter.AddDocuments does exactly that). One instance per indexing thread.
/// </remarks>
internal sealed class LuceneDocuments
{
    /// <summary>The exact text: analysed, frequencies but no positions (<see cref="IndexFields.Text"/>).</summary>
    private static readonly FieldType ExactText = Freeze(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS });

    private readonly FieldPool _fields = new();
    private readonly PayloadWriter _payload = new();
    private readonly HashSet<(string Dimension, string Id)> _counted = [];

    // Each value is split into syllables once and replayed to every field that indexes it (see SyllableList): an
    // item's text to the exact and the folded field, a document's kind, issuer and place to each of its items, an
    // agency's name to each task it owns.
    private readonly SyllableSplitter _splitter = new();
    private readonly SyllableList _text = new(1024);
    private readonly IndexedAgencies _agencies;

    public LuceneDocuments() => _agencies = new IndexedAgencies(_splitter);

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }

    public IEnumerable<Document> From(string documentId, DirectiveExtraction extraction)
    {
        var fields = extraction.Document;
        var context = new DocumentContext(documentId, fields, _splitter);
        var title = VietnameseText.Normalize(fields.Title ?? fields.File);
        yield return Build(context, new StoredItem(ItemTypes.Document, documentId, documentId, title, [], null, null, fields), []);
        for (var i = 0; i < extraction.Tasks.Count; i++)
        {
            var task = extraction.Tasks[i];
            var (owners, agencies) = Owners(task.Owners, context.Place);
            yield return Build(context, new StoredItem(
                ItemTypes.Task, ItemIds.Task(documentId, i), documentId, VietnameseText.Normalize(task.Text), owners, task.Deadline, null, null), agencies);
        }
        for (var i = 0; i < extraction.Targets.Count; i++)
        {
            var target = extraction.Targets[i];
            yield return Build(context, new StoredItem(
                ItemTypes.Target, ItemIds.Target(documentId, i), documentId, VietnameseText.Normalize(target.Text), [], null, target, null), []);
        }
    }

    private (List<IndexedOwner> Owners, List<IndexedAgency> Agencies) Owners(IReadOnlyList<Owner> owners, string? place)
    {
        var indexed = new List<IndexedOwner>(owners.Count);
        var agencies = new List<IndexedAgency>(owners.Count);
        foreach (var owner in owners)
        {
            if (string.IsNullOrWhiteSpace(owner.Name))
            {
                continue;
            }
            var agency = _agencies.Of(owner.Name, place);
            indexed.Add(new IndexedOwner(agency.Name, owner.Role, agency.Id));
            agencies.Add(agency);
        }
        return (indexed, agencies);
    }

    private Document Build(DocumentContext context, StoredItem item, List<IndexedAgency> agencies)
    {
        var document = _fields.Begin();
        // The id is a term only: hits read it from the stored item (a second stored field cost a write per item).
        _fields.String(IndexFields.ItemId, item.Id);
        _splitter.Split(item.Text, _text);
        _fields.Syllables(IndexFields.Text, _text, ExactText, folded: false);
        _fields.Syllables(IndexFields.TextFolded, _text, TextField.TYPE_NOT_STORED, folded: true, bigrams: true);
        _fields.Stored(IndexFields.Payload, _payload.Write(item));
        DocumentContext.AddFacet(_fields, FacetDimensions.Type, item.Type);
        context.AddTo(_fields);
        AddOwners(item.Owners, agencies);
        AddDue(item.Deadline?.Due ?? item.Target?.Due);
        if (item.Deadline?.Recurrence is { Length: > 0 } recurrence)
        {
            _fields.String(IndexFields.Recurrence, recurrence);
        }
        return document;
    }

    private void AddOwners(IReadOnlyList<IndexedOwner> owners, List<IndexedAgency> agencies)
    {
        _counted.Clear();
        for (var i = 0; i < owners.Count; i++)
        {
            var (owner, agency) = (owners[i], agencies[i]);
            var lead = owner.Role == Owner.Lead;
            _fields.Syllables(lead ? IndexFields.Lead : IndexFields.Support, agency.Syllables, TextField.TYPE_NOT_STORED, folded: true);
            if (agency.Id.Length == 0)
            {
                continue;
            }
            // An agency named twice in one task (once per role, or twice as written) counts once per facet.
            if (_counted.Add((FacetDimensions.Owner.Name, agency.Id)))
            {
                AddFacet(FacetDimensions.Owner, agency.Id, agency.AsOwner!);
            }
            var role = lead ? FacetDimensions.Lead : FacetDimensions.Support;
            if (_counted.Add((role.Name, agency.Id)))
            {
                AddFacet(role, agency.Id, lead ? agency.AsLead! : agency.AsSupport!);
            }
        }
    }

    private void AddFacet(FacetDimension dimension, string value, BytesRef encoded)
    {
        _fields.String(dimension.FilterField, value);
        _fields.SortedSet(IndexFields.Facets, encoded);
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
