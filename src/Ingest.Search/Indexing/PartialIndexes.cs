using Ingest.Core.Extraction;
using Ingest.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Ingest.Search.Indexing;

/// <summary>
/// A rebuild on every core: one private IndexWriter per core, each filling its own folder beside the index, fed from
/// one reader of the source. Writers that share nothing scale where threads sharing one writer did not (they contend
/// for its stored-fields lock), and each writer's last flush, at its commit, runs on its own core where one shared
/// writer flushes every thread's last segment on one. The folders' segments are then moved into the real index
/// (<see cref="MovingDirectory"/>) and the folders deleted.
/// </summary>
internal sealed class PartialIndexes : IDisposable
{
    private const double BufferMB = 256;

    private PartialIndexes(List<string> paths) => Paths = paths;

    public List<string> Paths { get; }

    public long Documents { get; private set; }

    public long Items { get; private set; }

    public static PartialIndexes Build(string indexPath, IEnumerable<(string DocumentId, DirectiveExtraction Extraction)> source, int writers)
    {
        var paths = Enumerable.Range(0, writers).Select(i => $"{indexPath.TrimEnd('/', '\\')}.rebuild-{i}").ToList();
        var partial = new PartialIndexes(paths);
        try
        {
            partial.Fill(source);
            return partial;
        }
        catch
        {
            partial.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Each writer takes the next document from the one shared enumerator, under a lock held only for that step: no
    /// queue between a reader thread and the writers, whose waiting spun the CPU that indexing needs.
    /// </summary>
    private void Fill(IEnumerable<(string DocumentId, DirectiveExtraction Extraction)> source)
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
        var workers = Paths.Select(path => Task.Factory.StartNew(() =>
        {
            try
            {
                Write(path, Shared(), ref documents, ref items);
            }
            catch
            {
                failed = true;
                throw;
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(workers);
        (Documents, Items) = (documents, items);
    }

    private static void Write(string path, IEnumerable<(string DocumentId, DirectiveExtraction Extraction)> documents, ref long documentCount, ref long itemCount)
    {
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        using var directory = FSDirectory.Open(path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, IndexAnalyzer.PerField)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = BufferMB,
            // No merging while filling: the segments go to the real index as they are, which merges them later. Nor
            // compound files: they are copied into the index anyway, and packing each cost a twentieth of the rebuild.
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
            UseCompoundFile = false,
        });
        var mapper = new LuceneDocuments();
        foreach (var (documentId, extraction) in documents)
        {
            writer.AddDocuments(mapper.From(documentId, extraction));
            Interlocked.Increment(ref documentCount);
            Interlocked.Add(ref itemCount, 1 + extraction.Tasks.Count + extraction.Targets.Count);
        }
        writer.Commit();
    }

    /// <summary>Opens the filled folders, for IndexWriter.AddIndexes (which moves their files); the caller disposes them.</summary>
    public FSDirectory[] Open() => Paths.Select(p => (FSDirectory)new MovingDirectory(new DirectoryInfo(p))).ToArray();

    public void Dispose()
    {
        foreach (var path in Paths.Where(System.IO.Directory.Exists))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }
}
