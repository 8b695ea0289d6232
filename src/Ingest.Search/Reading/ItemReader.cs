using System.Text.Json;
using Ingest.Core.Extraction;
using Ingest.Search.Indexing;
using Ingest.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Search.Reading;

/// <summary>
/// Reads stored items back for one searcher, and the source document of each (stored once per document, looked up
/// by id and remembered for the rest of the request).
/// </summary>
internal sealed class ItemReader(IndexSearcher searcher)
{
    private readonly Dictionary<string, HitDocument> _documents = [];

    public StoredItem Item(int doc) => Deserialize(searcher.Doc(doc));

    /// <summary>The item with this id, with its Lucene doc number, or null.</summary>
    public (int Doc, StoredItem Item)? Find(string itemId)
    {
        var top = searcher.Search(new TermQuery(new Term(IndexFields.ItemId, itemId)), 1);
        return top.ScoreDocs.Length == 0 ? null : (top.ScoreDocs[0].Doc, Item(top.ScoreDocs[0].Doc));
    }

    public SearchHit Hit(int doc, float score, string? snippet = null)
    {
        var item = Item(doc);
        return ToHit(item, score, snippet);
    }

    public SearchHit ToHit(StoredItem item, float score, string? snippet = null) => new(
        item.Type, item.Id, item.Text, snippet, item.Owners, item.Deadline, item.Target, Document(item.DocumentId), score);

    /// <summary>The document's fields; a bare record with only the id when the document item is missing.</summary>
    public HitDocument Document(string documentId)
    {
        if (_documents.TryGetValue(documentId, out var known))
        {
            return known;
        }
        var fields = Find(documentId)?.Item.Document;
        var document = fields is null
            ? new HitDocument(documentId, "", null, null, null, null, null, null, [])
            : new HitDocument(documentId, fields.File, fields.Number, fields.Kind, fields.Issuer, fields.Place, fields.Date, fields.Title, fields.References);
        _documents[documentId] = document;
        return document;
    }

    /// <summary>The stored item: UTF-8 bytes (<see cref="PayloadWriter"/>), or a string in an index written before them.</summary>
    private static StoredItem Deserialize(Lucene.Net.Documents.Document document)
    {
        var item = document.GetBinaryValue(IndexFields.Payload) is { } bytes
            ? JsonSerializer.Deserialize<StoredItem>(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), ExtractionJson.Options)
            : document.Get(IndexFields.Payload) is { } text ? JsonSerializer.Deserialize<StoredItem>(text, ExtractionJson.Options) : null;
        return item ?? throw new InvalidDataException("An indexed item has an empty payload; rebuild the index (ingest reindex).");
    }
}
