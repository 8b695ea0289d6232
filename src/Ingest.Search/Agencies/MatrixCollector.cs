using Ingest.Search.Facets;
using Ingest.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Ingest.Search.Agencies;

/// <summary>
/// Counts, for every matching task, its lead and support agencies per document, from doc values only (no stored
/// item is read), so that the matrix of a broad query stays fast.
/// </summary>
internal sealed class MatrixCollector : ICollector
{
    private readonly Dictionary<(string Agency, string Document), (int Lead, int Support)> _cells = [];
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<long, (string Dimension, string Id)?> _facetCache = [];
    private readonly Dictionary<int, string> _documentCache = [];
    private SortedSetDocValues? _facets;
    private SortedDocValues? _documents;

    public int Tasks { get; private set; }

    public IReadOnlyDictionary<(string Agency, string Document), (int Lead, int Support)> Cells => _cells;

    /// <summary>The name an agency was written with (the last one seen).</summary>
    public IReadOnlyDictionary<string, string> Names => _names;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _facets = context.AtomicReader.GetSortedSetDocValues(IndexFields.Facets);
        _documents = context.AtomicReader.GetSortedDocValues(IndexFields.DocumentGroup);
        _facetCache.Clear();
        _documentCache.Clear();
    }

    public void Collect(int doc)
    {
        Tasks++;
        if (_facets is null || _documents is null)
        {
            return;
        }
        var document = DocumentOf(_documents.GetOrd(doc));
        _facets.SetDocument(doc);
        long ord;
        while ((ord = _facets.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            if (Agency(ord) is not var (dimension, id))
            {
                continue;
            }
            var (lead, support) = _cells.GetValueOrDefault((id, document));
            _cells[(id, document)] = dimension == FacetDimensions.Lead.Name ? (lead + 1, support) : (lead, support + 1);
        }
    }

    private string DocumentOf(int ord)
    {
        if (!_documentCache.TryGetValue(ord, out var id))
        {
            var bytes = new BytesRef();
            _documents!.LookupOrd(ord, bytes);
            _documentCache[ord] = id = bytes.Utf8ToString();
        }
        return id;
    }

    /// <summary>The role dimension and agency id of a facet ordinal, or null for values of other facets.</summary>
    private (string Dimension, string Id)? Agency(long ord)
    {
        if (_facetCache.TryGetValue(ord, out var known))
        {
            return known;
        }
        var bytes = new BytesRef();
        _facets!.LookupOrd(ord, bytes);
        var (dimension, id, label) = FacetValues.Decode(bytes.Utf8ToString());
        (string, string)? agency = null;
        if (dimension == FacetDimensions.Lead.Name || dimension == FacetDimensions.Support.Name)
        {
            agency = (dimension, id);
            _names[id] = label;
        }
        _facetCache[ord] = agency;
        return agency;
    }
}
