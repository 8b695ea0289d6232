using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Search.Reading;

/// <summary>
/// A searcher that also runs custom collectors on all cores: one collector per segment, segments in parallel, the
/// caller merging the collectors' results. Lucene runs a custom collector (here: top hits beside facet counts) on one
/// thread, which made faceted searches the slowest of all.
/// </summary>
internal sealed class LeafParallelSearcher(IndexReader reader) : IndexSearcher(reader, TaskScheduler.Default)
{
    /// <summary>Runs the query once per segment, each into its own collector from <paramref name="newCollector"/>.</summary>
    public IReadOnlyList<T> SearchEachSegment<T>(Query query, Func<T> newCollector) where T : ICollector
    {
        var weight = CreateNormalizedWeight(query);
        var leaves = m_leafContexts;
        var collectors = leaves.Select(_ => newCollector()).ToArray();
        Parallel.For(0, leaves.Count, i => Search([leaves[i]], weight, collectors[i]));
        return collectors;
    }
}
