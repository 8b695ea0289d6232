using Ingest.Search.Indexing;
using Ingest.Search.Links;
using Ingest.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Search.Reading;

/// <summary>Citations between indexed documents, matched by number keys (<see cref="DocumentNumbers.Key"/>).</summary>
internal static class LinkView
{
    private const int MaxDocuments = 500;

    /// <summary>Null when the document is not in the index.</summary>
    public static DocumentLinks? Links(IndexSearcher searcher, string documentId)
    {
        var reader = new ItemReader(searcher);
        if (reader.Find(documentId) is not { Item.Document: not null })
        {
            return null;
        }
        var document = reader.Document(documentId);
        var cites = document.References
            .Select(number => new CitedNumber(number, Documents(searcher, reader, IndexFields.Number, DocumentNumbers.Key(number), documentId)))
            .ToList();
        var citedBy = document.Number is { } own
            ? Documents(searcher, reader, IndexFields.Cites, DocumentNumbers.Key(own), documentId)
            : [];
        return new DocumentLinks(document, cites, citedBy);
    }

    /// <summary>Document items whose field holds the key, newest first, without the document itself.</summary>
    private static List<HitDocument> Documents(IndexSearcher searcher, ItemReader reader, string field, string key, string except)
    {
        if (key.Length == 0)
        {
            return [];
        }
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(field, key)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Type, ItemTypes.Document)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.DocumentId, except)), Occur.MUST_NOT },
        };
        return searcher.Search(query, MaxDocuments).ScoreDocs
            .Select(sd => reader.Document(reader.Item(sd.Doc).DocumentId))
            .OrderByDescending(d => d.Date ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Number ?? d.File, StringComparer.Ordinal)
            .ToList();
    }
}
