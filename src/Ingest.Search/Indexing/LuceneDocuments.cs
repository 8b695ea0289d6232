using System.Text.Json;
using Ingest.Core.Extraction;
using Ingest.Core.Vietnamese;
using Lucene.Net.Documents;

namespace Ingest.Search.Indexing;

/// <summary>Maps an extraction to Lucene documents: one per source document and one per task.</summary>
internal static class LuceneDocuments
{
    public static IEnumerable<Document> From(string documentId, DirectiveExtraction extraction)
    {
        var fields = extraction.Document;
        var hitDocument = new HitDocument(documentId, fields.File, fields.Number, fields.Kind, fields.Issuer,
            fields.Place, fields.Date, fields.Title);
        yield return Build("document", documentId, fields, fields.Title ?? fields.File, [],
            new IndexedHit("document", fields.Title ?? fields.File, [], null, hitDocument, 0));
        foreach (var task in extraction.Tasks)
        {
            yield return Build("task", documentId, fields, task.Text, task.Owners,
                new IndexedHit("task", task.Text, task.Owners, task.Deadline, hitDocument, 0));
        }
    }

    private static Document Build(
        string type, string documentId, DocumentFields fields, string text, IReadOnlyList<Owner> owners, IndexedHit payload)
    {
        var nfc = VietnameseText.Normalize(text);
        var document = new Document
        {
            new StringField(IndexFields.Type, type, Field.Store.YES),
            new StringField(IndexFields.DocumentId, documentId, Field.Store.YES),
            new TextField(IndexFields.Text, nfc, Field.Store.NO),
            new TextField(IndexFields.TextFolded, nfc, Field.Store.NO),
            new StoredField(IndexFields.Payload, JsonSerializer.Serialize(payload, ExtractionJson.Options)),
        };
        AddIfPresent(document, IndexFields.Number, fields.Number, exact: true);
        AddIfPresent(document, IndexFields.Kind, fields.Kind);
        AddIfPresent(document, IndexFields.Issuer, fields.Issuer);
        AddIfPresent(document, IndexFields.Place, fields.Place);
        AddIfPresent(document, IndexFields.Date, fields.Date, exact: true);
        AddIfPresent(document, IndexFields.Year, fields.Date?[..4], exact: true);
        foreach (var owner in owners)
        {
            document.Add(new TextField(IndexFields.Owner, owner.Name, Field.Store.NO));
            document.Add(new TextField(owner.Role == Owner.Lead ? IndexFields.Lead : IndexFields.Support, owner.Name, Field.Store.NO));
        }
        return document;
    }

    private static void AddIfPresent(Document document, string name, string? value, bool exact = false)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            document.Add(exact ? new StringField(name, value, Field.Store.NO) : new TextField(name, value, Field.Store.NO));
        }
    }
}
