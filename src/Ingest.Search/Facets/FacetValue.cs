namespace Ingest.Search.Facets;

/// <summary>A decoded facet value: its dimension, its value (an agency id for agency facets) and what to show.</summary>
internal sealed record FacetValue(string Dimension, string Value, string Label);
