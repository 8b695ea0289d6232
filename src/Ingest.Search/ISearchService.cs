using Ingest.Search.Results;

namespace Ingest.Search;

/// <summary>What can be asked of the index, whether this process writes it or only reads it.</summary>
public interface ISearchService
{
    /// <summary>Runs a search. Throws <see cref="Querying.QuerySyntaxException"/> for a query that cannot be read.</summary>
    SearchResponse Search(SearchRequest request);
}
