using Ingest.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Search.Facets;

/// <summary>
/// Counts facet values of every matching item into one array of <see cref="FacetGroups"/> slots, beside the collector
/// of the top hits; then keeps the most frequent values of each dimension.
/// </summary>
internal sealed class FacetCounter(FacetGroups groups) : ICollector
{
    private readonly int[] _counts = new int[groups.Count];
    private SegmentFacetOrdinals? _segment;
    private int[]? _slots;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _segment = SegmentFacetOrdinals.For(context.AtomicReader);
        _slots = groups.Slots(context);
    }

    public void Collect(int doc)
    {
        if (_segment is null || _slots is null)
        {
            return;
        }
        foreach (var ord in _segment.Ordinals(doc))
        {
            _counts[_slots[ord]]++;
        }
    }

    /// <summary>Adds the counts of another counter over the same groups (another segment's share of the search).</summary>
    public void Add(FacetCounter other)
    {
        for (var slot = 0; slot < _counts.Length; slot++)
        {
            _counts[slot] += other._counts[slot];
        }
    }

    /// <summary>The most frequent values of each dimension (ties by label), with their counts.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Results(int size)
    {
        var results = new Dictionary<string, IReadOnlyList<FacetCount>>();
        foreach (var dimension in FacetDimensions.All)
        {
            var top = new PriorityQueue<int, (int Count, string Label)>(size + 1, TopFirst.Instance);
            foreach (var slot in groups.SlotsOf(dimension.Name))
            {
                var count = _counts[slot];
                // A full queue keeps only values counted at least as often as its weakest: most agencies of a broad
                // query are passed over here, without comparing labels.
                if (count == 0 || (top.Count == size && top.TryPeek(out _, out var weakest) && count < weakest.Count))
                {
                    continue;
                }
                top.Enqueue(slot, (count, groups.Value(slot).Label));
                if (top.Count > size)
                {
                    top.Dequeue();
                }
            }
            var counts = new List<FacetCount>(top.Count);
            while (top.TryDequeue(out var slot, out _))
            {
                var value = groups.Value(slot);
                counts.Add(new FacetCount(value.Value, value.Label, _counts[slot]));
            }
            counts.Reverse();
            results[dimension.Name] = counts;
        }
        return results;
    }

    /// <summary>Orders the queue so that the weakest value (fewest, then last label) leaves first.</summary>
    private sealed class TopFirst : IComparer<(int Count, string Label)>
    {
        public static readonly TopFirst Instance = new();

        public int Compare((int Count, string Label) x, (int Count, string Label) y) =>
            x.Count != y.Count ? x.Count.CompareTo(y.Count) : string.CompareOrdinal(y.Label, x.Label);
    }
}
