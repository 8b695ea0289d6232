using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Search.Reading;

/// <summary>
/// Searchers that score the segments of the index on all cores (<see cref="LeafParallelSearcher"/>): a broad query
/// over a million items then takes a fraction of its time on one core.
/// </summary>
internal sealed class ParallelSearcherFactory : SearcherFactory
{
    public static readonly ParallelSearcherFactory Instance = new();

    public override IndexSearcher NewSearcher(IndexReader reader) => new LeafParallelSearcher(reader);
}
