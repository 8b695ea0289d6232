using Ingest.Search.Querying;
using Ingest.Search.Results;
using Lucene.Net.Search;

namespace Ingest.Search.Reading;

/// <summary>The questions the index answers, over whatever searcher manager the owner keeps fresh.</summary>
internal sealed class SearchOperations(SearcherManager manager) : ISearchService
{
    public SearchResponse Search(SearchRequest request)
    {
        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.Size, 1, SearchRequest.MaxSize);
        var query = UserQueryParser.Parse(request.Query).Query;
        return SearcherLease.Use(manager, searcher =>
        {
            var top = searcher.Search(query, page * size);
            var reader = new ItemReader(searcher);
            var hits = top.ScoreDocs.Skip((page - 1) * size).Select(sd => reader.Hit(sd.Doc, sd.Score)).ToList();
            return new SearchResponse(top.TotalHits, page, size, hits);
        });
    }
}
