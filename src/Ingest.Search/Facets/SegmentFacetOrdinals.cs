using System.Runtime.CompilerServices;
using Ingest.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Ingest.Search.Facets;

/// <summary>
/// The facet ordinals of every document of one segment, read once from the sorted-set doc values into two flat
/// arrays, with every value decoded, and kept as long as the segment lives. Counting a broad query then costs an
/// array walk per hit instead of a doc-values decoding per hit, which in Lucene.Net was too slow for a million items.
/// </summary>
internal sealed class SegmentFacetOrdinals
{
    private static readonly ConditionalWeakTable<object, SegmentFacetOrdinals> Cache = new();

    private readonly int[] _starts;
    private readonly int[] _ordinals;
    private readonly FacetValue[] _values;

    private SegmentFacetOrdinals(SortedSetDocValues values, int maxDoc)
    {
        _starts = new int[maxDoc + 1];
        var ordinals = new List<int>(maxDoc * 8);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            _starts[doc] = ordinals.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals.Add((int)ord);
            }
        }
        _starts[maxDoc] = ordinals.Count;
        _ordinals = ordinals.ToArray();
        _values = new FacetValue[values.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < _values.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            var (dimension, value, label) = FacetValues.Decode(bytes.Utf8ToString());
            _values[ord] = new FacetValue(dimension, value, label);
        }
    }

    /// <summary>Every facet value of the segment, by ordinal.</summary>
    public IReadOnlyList<FacetValue> Values => _values;

    /// <summary>The segment's ordinals, or null when it has no facet values.</summary>
    public static SegmentFacetOrdinals? For(AtomicReader reader)
    {
        if (Cache.TryGetValue(reader.CoreCacheKey, out var known))
        {
            return known;
        }
        var values = reader.GetSortedSetDocValues(IndexFields.Facets);
        if (values is null)
        {
            return null;
        }
        var ordinals = new SegmentFacetOrdinals(values, reader.MaxDoc);
        Cache.AddOrUpdate(reader.CoreCacheKey, ordinals);
        return ordinals;
    }

    public ReadOnlySpan<int> Ordinals(int doc) => _ordinals.AsSpan(_starts[doc], _starts[doc + 1] - _starts[doc]);
}
