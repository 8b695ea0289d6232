using System.Collections.Concurrent;
using Ingest.Core.Documents;
using Ingest.Search;

namespace Ingest.Processing;

/// <summary>
/// Rebuilds the search index from the store, the source of truth (ingest reindex): every extracted document with
/// its latest extraction, then marks them indexed.
/// </summary>
public sealed class IndexRebuilder(IDocumentStore store)
{
    public RebuildSummary Rebuild(SearchIndex index)
    {
        var extracted = new ConcurrentQueue<DocumentRecord>();
        var summary = index.Rebuild(store.ListLatestExtractions().Select(d =>
        {
            extracted.Enqueue(d.Document);
            return (d.Document.Id, d.Extraction);
        }));
        foreach (var document in extracted.Where(d => d.Status != DocumentStatus.Indexed))
        {
            store.SetStatus(document.Id, DocumentStatus.Indexed);
        }
        return summary;
    }
}
