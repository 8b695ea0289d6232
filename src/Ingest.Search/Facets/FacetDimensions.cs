using Ingest.Search.Indexing;

namespace Ingest.Search.Facets;

/// <summary>The facets every search can count and filter on.</summary>
public static class FacetDimensions
{
    public static readonly FacetDimension Type = new("type", IndexFields.Type);
    public static readonly FacetDimension Lead = new("lead", IndexFields.LeadId, IsAgency: true);
    public static readonly FacetDimension Owner = new("owner", IndexFields.OwnerId, IsAgency: true);
    public static readonly FacetDimension Support = new("support", IndexFields.SupportId, IsAgency: true);
    public static readonly FacetDimension Place = new("place", IndexFields.FilterPrefix + "place");
    public static readonly FacetDimension Issuer = new("issuer", IndexFields.FilterPrefix + "issuer");
    public static readonly FacetDimension Kind = new("kind", IndexFields.FilterPrefix + "kind");
    public static readonly FacetDimension Year = new("year", IndexFields.FilterPrefix + "year");
    public static readonly FacetDimension DueYear = new("due_year", IndexFields.FilterPrefix + "due_year");

    public static readonly IReadOnlyList<FacetDimension> All = [Type, Lead, Owner, Support, Place, Issuer, Kind, Year, DueYear];

    public static FacetDimension? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
}
