using Ingest.Search.Indexing;
using Ingest.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Ingest.Search.Facets;

/// <summary>
/// Counts facet values of every matching item from the sorted-set doc values: per segment an array indexed by
/// ordinal, turned into values once at the end of the segment. Runs beside the collector of the top hits.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private readonly Dictionary<string, int> _totals = new(StringComparer.Ordinal);
    private SortedSetDocValues? _values;
    private int[] _counts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _values = context.AtomicReader.GetSortedSetDocValues(IndexFields.Facets);
        _counts = _values is null ? [] : new int[_values.ValueCount];
    }

    public void Collect(int doc)
    {
        if (_values is null)
        {
            return;
        }
        _values.SetDocument(doc);
        long ord;
        while ((ord = _values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            _counts[ord]++;
        }
    }

    /// <summary>
    /// The most frequent values of each dimension. Agency values are summed by id, because one agency may be written
    /// in more than one way ("Tổ quốc", "tổ quốc"); its label is the spelling seen most often.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Results(int size)
    {
        Flush();
        var byDimension = _totals
            .Select(pair => (Value: FacetValues.Decode(pair.Key), Count: pair.Value))
            .GroupBy(v => v.Value.Dimension);
        var results = FacetDimensions.All.ToDictionary(d => d.Name, _ => (IReadOnlyList<FacetCount>)[]);
        foreach (var dimension in byDimension)
        {
            results[dimension.Key] = dimension
                .GroupBy(v => v.Value.Value, StringComparer.Ordinal)
                .Select(g => new FacetCount(g.Key, g.MaxBy(v => v.Count).Value.Label, g.Sum(v => v.Count)))
                .OrderByDescending(c => c.Count)
                .ThenBy(c => c.Label, StringComparer.Ordinal)
                .Take(size)
                .ToList();
        }
        return results;
    }

    private void Flush()
    {
        if (_values is null)
        {
            return;
        }
        var bytes = new BytesRef();
        for (var ord = 0; ord < _counts.Length; ord++)
        {
            if (_counts[ord] == 0)
            {
                continue;
            }
            _values.LookupOrd(ord, bytes);
            var key = bytes.Utf8ToString();
            _totals[key] = _totals.GetValueOrDefault(key) + _counts[ord];
        }
        _values = null;
    }
}
