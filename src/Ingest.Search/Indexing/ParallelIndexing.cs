using Ingest.Core.Extraction;
using Lucene.Net.Index;

namespace Ingest.Search.Indexing;

/// <summary>
/// Adds documents to one IndexWriter from several threads, each with its own mapper (<see cref="LuceneDocuments"/>):
/// Lucene gives each thread its own in-memory segment, so they share nothing but the writer's bookkeeping, and the
/// segments they flush are the index itself (no private folders copied in afterwards).
/// </summary>
internal static class ParallelIndexing
{
    /// <summary>
    /// Each thread takes the next document from the one shared enumerator, under a lock held only for that step: no
    /// queue between a reader thread and the writers, whose waiting spun the CPU that indexing needs.
    /// </summary>
    public static (long Documents, long Items) Add(IndexWriter writer, IEnumerable<(string DocumentId, DirectiveExtraction Extraction)> source, int threads)
    {
        using var next = source.GetEnumerator();
        var gate = new System.Threading.Lock();
        var failed = false;
        long documents = 0, items = 0;
        IEnumerable<(string, DirectiveExtraction)> Shared()
        {
            while (true)
            {
                (string, DirectiveExtraction) document;
                lock (gate)
                {
                    if (failed || !next.MoveNext())
                    {
                        yield break;
                    }
                    document = next.Current;
                }
                yield return document;
            }
        }
        var workers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(() =>
        {
            try
            {
                var mapper = new LuceneDocuments();
                foreach (var (documentId, extraction) in Shared())
                {
                    writer.AddDocuments(mapper.From(documentId, extraction));
                    Interlocked.Increment(ref documents);
                    Interlocked.Add(ref items, 1 + extraction.Tasks.Count + extraction.Targets.Count);
                }
            }
            catch
            {
                failed = true;
                throw;
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(workers);
        return (documents, items);
    }
}
