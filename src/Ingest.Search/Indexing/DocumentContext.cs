using Ingest.Core.Extraction;
using Ingest.Core.Vietnamese;
using Ingest.Search.Facets;
using Lucene.Net.Documents;

namespace Ingest.Search.Indexing;

/// <summary>The fields of one source document, computed once and added to each of its items.</summary>
internal sealed class DocumentContext
{
    private readonly string _documentId;
    private readonly string? _kind;
    private readonly string? _issuer;
    private readonly string? _numberKey;
    private readonly string[] _citeKeys;
    private readonly int? _date;
    private readonly int? _year;

    public DocumentContext(string documentId, DocumentFields fields)
    {
        _documentId = documentId;
        _kind = Clean(fields.Kind);
        _issuer = Clean(fields.Issuer);
        Place = Clean(fields.Place);
        _numberKey = Clean(fields.Number) is { } number ? DocumentNumbers.Key(number) : null;
        _citeKeys = fields.References.Select(DocumentNumbers.Key).Where(k => k.Length > 0).Distinct().ToArray();
        _date = IsoDates.FirstDay(fields.Date);
        _year = IsoDates.Year(fields.Date);
    }

    /// <summary>The issuing place, which scopes local agencies.</summary>
    public string? Place { get; }

    public void AddTo(Document document)
    {
        document.Add(new StringField(IndexFields.DocumentId, _documentId, Field.Store.NO));
        document.Add(new SortedDocValuesField(IndexFields.DocumentGroup, new Lucene.Net.Util.BytesRef(_documentId)));
        AddFacetText(document, FacetDimensions.Kind, IndexFields.Kind, _kind);
        AddFacetText(document, FacetDimensions.Issuer, IndexFields.Issuer, _issuer);
        AddFacetText(document, FacetDimensions.Place, IndexFields.Place, Place);
        if (_numberKey is not null)
        {
            document.Add(new StringField(IndexFields.Number, _numberKey, Field.Store.NO));
        }
        foreach (var cite in _citeKeys)
        {
            document.Add(new StringField(IndexFields.Cites, cite, Field.Store.NO));
        }
        if (_date is { } date)
        {
            document.Add(new Int32Field(IndexFields.Date, date, Field.Store.NO));
            document.Add(new NumericDocValuesField(IndexFields.DateSort, date));
            AddFacet(document, FacetDimensions.Year, _year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A facet value: counted through doc values, filtered through an exact term.</summary>
    public static void AddFacet(Document document, FacetDimension dimension, string value, string? label = null)
    {
        document.Add(new StringField(dimension.FilterField, value, Field.Store.NO));
        document.Add(new SortedSetDocValuesField(IndexFields.Facets, new Lucene.Net.Util.BytesRef(FacetValues.Encode(dimension, value, label))));
    }

    private static void AddFacetText(Document document, FacetDimension dimension, string field, string? value)
    {
        if (value is null)
        {
            return;
        }
        document.Add(new TextField(field, value, Field.Store.NO));
        AddFacet(document, dimension, value);
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : VietnameseText.Normalize(value.Trim());
}
