using Ingest.Search.Facets;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Search.Reading;

/// <summary>Top hits and facet counts of one segment's share of a search, fed by one pass.</summary>
internal sealed class TopAndFacets(ITopDocsCollector top, FacetCounter facets) : ICollector
{
    private readonly ICollector _both = MultiCollector.Wrap((ICollector)top, facets);

    public ITopDocsCollector Top => top;

    public FacetCounter Facets => facets;

    public bool AcceptsDocsOutOfOrder => _both.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _both.SetScorer(scorer);

    public void Collect(int doc) => _both.Collect(doc);

    public void SetNextReader(AtomicReaderContext context) => _both.SetNextReader(context);
}
