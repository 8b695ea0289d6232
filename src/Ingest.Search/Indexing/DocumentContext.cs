using System.Globalization;
using Ingest.Core.Extraction;
using Ingest.Core.Vietnamese;
using Ingest.Search.Analysis;
using Ingest.Search.Facets;
using Lucene.Net.Documents;

namespace Ingest.Search.Indexing;

/// <summary>The fields of one source document, computed once and added to each of its items.</summary>
internal sealed class DocumentContext
{
    private readonly string _documentId;
    private readonly List<(string Field, SyllableList Syllables)> _texts = [];
    private readonly List<DocumentFacet> _facets = [];
    private readonly string? _numberKey;
    private readonly string[] _citeKeys;
    private readonly int? _date;

    private readonly SyllableSplitter _splitter;

    public DocumentContext(string documentId, DocumentFields fields, SyllableSplitter splitter)
    {
        _documentId = documentId;
        _splitter = splitter;
        AddFacetText(FacetDimensions.Kind, IndexFields.Kind, Clean(fields.Kind));
        AddFacetText(FacetDimensions.Issuer, IndexFields.Issuer, Clean(fields.Issuer));
        Place = Clean(fields.Place);
        AddFacetText(FacetDimensions.Place, IndexFields.Place, Place);
        _numberKey = Clean(fields.Number) is { } number ? DocumentNumbers.Key(number) : null;
        _citeKeys = fields.References.Select(DocumentNumbers.Key).Where(k => k.Length > 0).Distinct().ToArray();
        _date = IsoDates.FirstDay(fields.Date);
        if (_date is not null)
        {
            _facets.Add(new DocumentFacet(FacetDimensions.Year, IsoDates.Year(fields.Date)!.Value.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>The issuing place, which scopes local agencies.</summary>
    public string? Place { get; }

    public void AddTo(FieldPool fields)
    {
        fields.String(IndexFields.DocumentId, _documentId);
        fields.Sorted(IndexFields.DocumentGroup, _documentId);
        foreach (var (field, syllables) in _texts)
        {
            fields.Syllables(field, syllables, TextField.TYPE_NOT_STORED, folded: true);
        }
        foreach (var facet in _facets)
        {
            fields.String(facet.Dimension.FilterField, facet.Value);
            fields.SortedSet(IndexFields.Facets, facet.Encoded);
        }
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
        }
    }

    /// <summary>A facet value: counted through doc values, filtered through an exact term.</summary>
    public static void AddFacet(FieldPool fields, FacetDimension dimension, string value, string? label = null)
    {
        fields.String(dimension.FilterField, value);
        fields.SortedSet(IndexFields.Facets, FacetValues.Encode(dimension, value, label));
    }

    private void AddFacetText(FacetDimension dimension, string field, string? value)
    {
        if (value is null)
        {
            return;
        }
        _texts.Add((field, _splitter.Split(value)));
        _facets.Add(new DocumentFacet(dimension, value));
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : VietnameseText.Normalize(value.Trim());
}
