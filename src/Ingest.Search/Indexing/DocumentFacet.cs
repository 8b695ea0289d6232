using Ingest.Search.Facets;
using Lucene.Net.Util;

namespace Ingest.Search.Indexing;

/// <summary>A facet value of a source document, encoded once for all of its items.</summary>
internal sealed class DocumentFacet(FacetDimension dimension, string value)
{
    public FacetDimension Dimension { get; } = dimension;

    public string Value { get; } = value;

    public BytesRef Encoded { get; } = new(FacetValues.Encode(dimension, value));
}
