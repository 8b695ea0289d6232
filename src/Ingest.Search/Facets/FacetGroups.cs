using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Ingest.Search.Facets;

/// <summary>
/// One counter slot per distinct facet value of a whole index reader (per dimension and value: an agency written in
/// two spellings is one slot), and for each segment the slot of each of its ordinals. Counting then adds straight into
/// one array for all segments; only the top values of each dimension are turned into results. Built once per reader
/// (after each refresh), from the segments' decoded values, which are themselves kept per segment.
/// </summary>
internal sealed class FacetGroups
{
    private static readonly ConditionalWeakTable<IndexReader, FacetGroups> Cache = new();

    private readonly int[]?[] _slotsBySegment;
    private readonly List<FacetValue> _values = [];
    private readonly Dictionary<string, List<int>> _slotsByDimension = new(StringComparer.Ordinal);

    private FacetGroups(IndexReader reader)
    {
        var slots = new Dictionary<(string Dimension, string Value), int>();
        _slotsBySegment = new int[]?[reader.Leaves.Count];
        foreach (var leaf in reader.Leaves)
        {
            if (SegmentFacetOrdinals.For(leaf.AtomicReader) is not { } segment)
            {
                continue;
            }
            var map = new int[segment.Values.Count];
            for (var ord = 0; ord < map.Length; ord++)
            {
                var value = segment.Values[ord];
                if (!slots.TryGetValue((value.Dimension, value.Value), out var slot))
                {
                    slots[(value.Dimension, value.Value)] = slot = _values.Count;
                    _values.Add(value);
                    if (!_slotsByDimension.TryGetValue(value.Dimension, out var list))
                    {
                        _slotsByDimension[value.Dimension] = list = [];
                    }
                    list.Add(slot);
                }
                map[ord] = slot;
            }
            _slotsBySegment[leaf.Ord] = map;
        }
    }

    public int Count => _values.Count;

    public static FacetGroups For(IndexReader reader) => Cache.GetValue(reader, r => new FacetGroups(r));

    /// <summary>The slot of each ordinal of the leaf, or null when the leaf has no facet values.</summary>
    public int[]? Slots(AtomicReaderContext leaf) => _slotsBySegment[leaf.Ord];

    public FacetValue Value(int slot) => _values[slot];

    public ReadOnlySpan<int> SlotsOf(string dimension) =>
        _slotsByDimension.TryGetValue(dimension, out var slots) ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(slots) : [];
}
