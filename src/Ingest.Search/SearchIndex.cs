using System.Text.Json;
using Ingest.Core.Extraction;
using Ingest.Search.Analysis;
using Ingest.Search.Indexing;
using Ingest.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Ingest.Search;

/// <summary>
/// The Lucene index: one writer per process that owns it (the server, or a CLI run without a server);
/// searches see every committed change at once through a near-real-time searcher.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _writeLock = new();

    public SearchIndex(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, UserQueryParser.Analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
        };
        try
        {
            _writer = new IndexWriter(_directory, config);
        }
        catch (LockObtainFailedException e)
        {
            _directory.Dispose();
            throw new IOException(
                $"The search index at '{path}' is in use by another Ingest process (a running 'ingest serve'?). " +
                "Stop it, or hand the work to it (ingest add sends files to a running server).", e);
        }
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>Replaces everything indexed for this document and commits.</summary>
    public void Index(string documentId, DirectiveExtraction extraction)
    {
        lock (_writeLock)
        {
            _writer.DeleteDocuments(new Term(IndexFields.DocumentId, documentId));
            _writer.AddDocuments(LuceneDocuments.From(documentId, extraction));
            _writer.Commit();
        }
        _searchers.MaybeRefreshBlocking();
    }

    public SearchResult Search(string query, int limit = 20) => Run(_searchers, query, limit);

    /// <summary>Searches an index on disk without writing to it (safe while a server owns the writer).</summary>
    public static SearchResult SearchReadOnly(string path, string query, int limit = 20)
    {
        if (!System.IO.Directory.Exists(path) || !DirectoryReader.IndexExists(FSDirectory.Open(path)))
        {
            return new SearchResult(0, []);
        }
        using var directory = FSDirectory.Open(path);
        using var manager = new SearcherManager(directory, null);
        return Run(manager, query, limit);
    }

    private static SearchResult Run(SearcherManager manager, string query, int limit)
    {
        var parsed = UserQueryParser.Parse(query);
        var searcher = manager.Acquire();
        try
        {
            var top = searcher.Search(parsed, Math.Max(1, limit));
            var hits = top.ScoreDocs
                .Select(sd => ToHit(searcher.Doc(sd.Doc).Get(IndexFields.Payload), sd.Score))
                .ToList();
            return new SearchResult(top.TotalHits, hits);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    private static IndexedHit ToHit(string payload, float score) =>
        JsonSerializer.Deserialize<IndexedHit>(payload, ExtractionJson.Options)! with { Score = score };

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }
}
