using System.Globalization;
using Ingest.Core.Extraction;
using Ingest.Core.Vietnamese;
using Ingest.Search.Facets;

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
    private readonly string? _year;

    public DocumentContext(string documentId, DocumentFields fields)
    {
        _documentId = documentId;
        _kind = Clean(fields.Kind);
        _issuer = Clean(fields.Issuer);
        Place = Clean(fields.Place);
        _numberKey = Clean(fields.Number) is { } number ? DocumentNumbers.Key(number) : null;
        _citeKeys = fields.References.Select(DocumentNumbers.Key).Where(k => k.Length > 0).Distinct().ToArray();
        _date = IsoDates.FirstDay(fields.Date);
        _year = IsoDates.Year(fields.Date)?.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The issuing place, which scopes local agencies.</summary>
    public string? Place { get; }

    public void AddTo(FieldPool fields)
    {
        fields.String(IndexFields.DocumentId, _documentId);
        fields.Sorted(IndexFields.DocumentGroup, _documentId);
        AddFacetText(fields, FacetDimensions.Kind, IndexFields.Kind, _kind);
        AddFacetText(fields, FacetDimensions.Issuer, IndexFields.Issuer, _issuer);
        AddFacetText(fields, FacetDimensions.Place, IndexFields.Place, Place);
        if (_numberKey is not null)
        {
            fields.String(IndexFields.Number, _numberKey);
        }
        foreach (var cite in _citeKeys)
        {
            fields.String(IndexFields.Cites, cite);
        }
        if (_date is { } date)
        {
            fields.Int32(IndexFields.Date, date);
            AddFacet(fields, FacetDimensions.Year, _year!);
        }
    }

    /// <summary>A facet value: counted through doc values, filtered through an exact term.</summary>
    public static void AddFacet(FieldPool fields, FacetDimension dimension, string value, string? label = null)
    {
        fields.String(dimension.FilterField, value);
        fields.SortedSet(IndexFields.Facets, FacetValues.Encode(dimension, value, label));
    }

    private static void AddFacetText(FieldPool fields, FacetDimension dimension, string field, string? value)
    {
        if (value is null)
        {
            return;
        }
        fields.Text(field, value);
        AddFacet(fields, dimension, value);
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : VietnameseText.Normalize(value.Trim());
}
