using Lucene.Net.Search;

namespace Ingest.Search.Reading;

/// <summary>Runs a function on an acquired searcher and always releases it.</summary>
internal static class SearcherLease
{
    public static T Use<T>(SearcherManager manager, Func<IndexSearcher, T> action)
    {
        var searcher = manager.Acquire();
        try
        {
            return action(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }
}
