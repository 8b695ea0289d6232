using Ingest.Search.Agencies;
using Ingest.Search.Links;
using Ingest.Search.Reading;
using Ingest.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Ingest.Search;

/// <summary>
/// Searches an index on disk without writing to it, so it is safe while a server owns the writer. It sees the last
/// commit as of its opening. A folder with no index answers every question with nothing.
/// </summary>
public sealed class ReadOnlySearchIndex : ISearchService, IDisposable
{
    private readonly FSDirectory? _directory;
    private readonly SearcherManager? _searchers;
    private readonly SearchOperations? _operations;

    public ReadOnlySearchIndex(string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            return;
        }
        _directory = FSDirectory.Open(path);
        if (!DirectoryReader.IndexExists(_directory))
        {
            return;
        }
        _searchers = new SearcherManager(_directory, ParallelSearcherFactory.Instance);
        _operations = new SearchOperations(_searchers);
    }

    public SearchResponse Search(SearchRequest request)
    {
        // Parse even when there is no index, so that a bad query is reported the same way.
        Querying.UserQueryParser.Parse(request.Query);
        return _operations?.Search(request) ?? SearchResponse.Empty(request.Page, request.Size);
    }

    public AgencyTasks? AgencyTasks(string agencyId, int limit = 2000) => _operations?.AgencyTasks(agencyId, limit);

    public AgencyMatrix AgencyMatrix(SearchRequest request, int maxAgencies = 25, int maxDocuments = 25)
    {
        Querying.UserQueryParser.Parse(request.Query);
        return _operations?.AgencyMatrix(request, maxAgencies, maxDocuments) ?? new AgencyMatrix(0, [], [], []);
    }

    public DocumentLinks? DocumentLinks(string documentId) => _operations?.DocumentLinks(documentId);

    public IReadOnlyList<SearchHit>? Similar(string itemId, int limit = 10) => _operations?.Similar(itemId, limit);

    public void Dispose()
    {
        _searchers?.Dispose();
        _directory?.Dispose();
    }
}
