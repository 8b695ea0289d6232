using Ingest.Core.Extraction;
using Ingest.Core.Text;

namespace Ingest.Core.Documents;

/// <summary>The durable source of truth: documents, their original bytes, pages and extraction versions.</summary>
public interface IDocumentStore
{
    /// <summary>Adds a document with its original bytes. Returns false when a document with this id exists.</summary>
    bool TryAdd(DocumentRecord document, ReadOnlySpan<byte> original);

    DocumentRecord? Find(string id);

    IReadOnlyList<DocumentRecord> List(int limit = 200);

    IReadOnlyList<DocumentRecord> ListUnfinished();

    byte[] ReadOriginal(string id);

    void SetStatus(string id, DocumentStatus status, string? error = null);

    void SavePages(string id, DocumentText text);

    DocumentText? LoadPages(string id);

    /// <summary>Keeps the searchable PDF made from a scanned original beside it (replacing an older one).</summary>
    void SaveSearchablePdf(string id, ReadOnlySpan<byte> pdf);

    /// <summary>The searchable PDF of a scanned document; null when there is none.</summary>
    byte[]? ReadSearchablePdf(string id);

    /// <summary>Stores a new machine extraction version and returns its version number.</summary>
    int SaveExtraction(string id, DirectiveExtraction extraction);

    DirectiveExtraction? LoadLatestExtraction(string id);

    /// <summary>
    /// Every document that has an extraction (status Extracted or Indexed), with its latest version, oldest first.
    /// Streamed, so that a rebuild of the index never holds the whole store in memory.
    /// </summary>
    IEnumerable<ExtractedDocument> ListLatestExtractions();
}
