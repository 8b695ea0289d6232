namespace Ingest.Search.Facets;

/// <summary>
/// How a facet value is written into the one sorted-set doc-values field: "dim\u001fvalue", and for agencies
/// "dim\u001fid\u001fname" so that counting needs no second lookup for the name. Values of one dimension sort
/// together, which keeps each dimension a contiguous range of ordinals.
/// </summary>
internal static class FacetValues
{
    public const char Separator = '\u001f';

    public static string Encode(FacetDimension dimension, string value, string? label = null) =>
        label is null ? $"{dimension.Name}{Separator}{value}" : $"{dimension.Name}{Separator}{value}{Separator}{label}";

    /// <summary>Splits an encoded value into dimension, value and label (the value itself when there is none).</summary>
    public static (string Dimension, string Value, string Label) Decode(string encoded)
    {
        var parts = encoded.Split(Separator);
        return (parts[0], parts[1], parts.Length > 2 ? parts[2] : parts[1]);
    }
}
