using Ingest.Search.Agencies;
using Ingest.Search.Links;
using Ingest.Search.Results;

namespace Ingest.Search;

/// <summary>What can be asked of the index, whether this process writes it or only reads it.</summary>
public interface ISearchService
{
    /// <summary>Runs a search. Throws <see cref="Querying.QuerySyntaxException"/> for a query that cannot be read.</summary>
    SearchResponse Search(SearchRequest request);

    /// <summary>One agency's tasks as lead and as support, grouped by document; null for an unknown agency id.</summary>
    AgencyTasks? AgencyTasks(string agencyId, int limit = 2000);

    /// <summary>Agency × document counts of the tasks the request's query and filters match.</summary>
    AgencyMatrix AgencyMatrix(SearchRequest request, int maxAgencies = 25, int maxDocuments = 25);

    /// <summary>What a document cites and what cites it; null for a document not in the index.</summary>
    DocumentLinks? DocumentLinks(string documentId);

    /// <summary>Items like this one in other documents; null for an item not in the index.</summary>
    IReadOnlyList<SearchHit>? Similar(string itemId, int limit = 10);
}
