using Ingest.Core.Extraction;
using Ingest.Search.Agencies;
using Ingest.Search.Analysis;
using Ingest.Search.Indexing;
using Ingest.Search.Links;
using Ingest.Search.Reading;
using Ingest.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Ingest.Search;

/// <summary>
/// The Lucene index with its one writer (the server, or a CLI run without a server). Every change is committed
/// and a near-real-time searcher is refreshed before the call returns, so searches see it at once.
/// </summary>
public sealed class SearchIndex : ISearchService, IDisposable
{
    private const double IncrementalBufferMB = 16;

    private readonly string _path;
    private readonly FSDirectory _directory;
    private readonly System.Threading.Lock _writeLock = new();
    private IndexWriter _writer;
    private SearcherManager _searchers;
    private volatile SearchOperations _operations;

    public SearchIndex(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        _path = path;
        _directory = FSDirectory.Open(path);
        try
        {
            _writer = OpenWriter(_directory);
        }
        catch (LockObtainFailedException e)
        {
            _directory.Dispose();
            throw new IOException(
                $"The search index at '{path}' is in use by another Ingest process (a running 'ingest serve'?). " +
                "Stop it, or hand the work to it (ingest add and ingest reindex talk to a running server).", e);
        }
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: ParallelSearcherFactory.Instance);
        _operations = new SearchOperations(_searchers);
    }

    private static IndexWriter OpenWriter(FSDirectory directory) =>
        new(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, IndexAnalyzer.PerField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = IncrementalBufferMB,
        });

    /// <summary>Replaces everything indexed for this document (atomically) and commits.</summary>
    public void Index(string documentId, DirectiveExtraction extraction)
    {
        lock (_writeLock)
        {
            _writer.UpdateDocuments(new Term(IndexFields.DocumentId, documentId), new LuceneDocuments().From(documentId, extraction));
            _writer.Commit();
            // Inside the lock: a refresh must never open the writer's state in the middle of a rebuild.
            _searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>Removes a document and its items.</summary>
    public void Remove(string documentId)
    {
        lock (_writeLock)
        {
            _writer.DeleteDocuments(new Term(IndexFields.DocumentId, documentId));
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>
    /// Replaces the whole index with these documents, on every core (<see cref="PartialIndexes"/>), in one commit:
    /// searches see the old index until the new one is complete (every refresh of the searcher happens under the
    /// write lock, never between the writer's DeleteAll and its commit).
    /// </summary>
    public RebuildSummary Rebuild(IEnumerable<(string DocumentId, DirectiveExtraction Extraction)> documents)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        RebuildSummary summary;
        lock (_writeLock)
        {
            using var partial = PartialIndexes.Build(_path, documents, Math.Max(1, Environment.ProcessorCount));
            var directories = partial.Open();
            try
            {
                _writer.DeleteAll();
                _writer.AddIndexes(directories);
                _writer.Commit();
            }
            catch
            {
                RollBackAndReopen();
                throw;
            }
            finally
            {
                foreach (var directory in directories)
                {
                    directory.Dispose();
                }
            }
            summary = new RebuildSummary(partial.Documents, partial.Items, started.Elapsed);
            _searchers.MaybeRefreshBlocking();
        }
        return summary;
    }

    /// <summary>
    /// Drops the uncommitted part of a failed rebuild, so that the next commit cannot publish half an index.
    /// Lucene's rollback closes the writer, so a new writer and searcher manager take its place.
    /// </summary>
    private void RollBackAndReopen()
    {
        _writer.Rollback();
        var old = _searchers;
        _writer = OpenWriter(_directory);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: ParallelSearcherFactory.Instance);
        _operations = new SearchOperations(_searchers);
        old.Dispose();
    }

    public SearchResponse Search(SearchRequest request) => _operations.Search(request);

    public AgencyTasks? AgencyTasks(string agencyId, int limit = 2000) => _operations.AgencyTasks(agencyId, limit);

    public AgencyMatrix AgencyMatrix(SearchRequest request, int maxAgencies = 25, int maxDocuments = 25) =>
        _operations.AgencyMatrix(request, maxAgencies, maxDocuments);

    public DocumentLinks? DocumentLinks(string documentId) => _operations.DocumentLinks(documentId);

    public IReadOnlyList<SearchHit>? Similar(string itemId, int limit = 10) => _operations.Similar(itemId, limit);

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }
}
