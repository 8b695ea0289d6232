namespace Ingest.Search.Results;

/// <summary>
/// Keeps only items whose facet <see cref="Dimension"/> has exactly <see cref="Value"/> (an agency id for owner
/// facets). Values of one dimension are alternatives; different dimensions must all hold.
/// </summary>
public sealed record FacetFilter(string Dimension, string Value)
{
    /// <summary>Reads "dimension:value" (as in the API's filter parameter); null when there is no colon.</summary>
    public static FacetFilter? Parse(string text)
    {
        var colon = text.IndexOf(':');
        return colon <= 0 || colon == text.Length - 1 ? null : new FacetFilter(text[..colon].Trim(), text[(colon + 1)..].Trim());
    }
}
