namespace Ingest.Search.Facets;

/// <summary>
/// One facet: its name (as the API and the query string use it), the exact-value field that a filter on it matches,
/// and whether its values are agency ids (shown with the agency's name).
/// </summary>
public sealed record FacetDimension(string Name, string FilterField, bool IsAgency = false);
