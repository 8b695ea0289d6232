using Ingest.Search.Agencies;
using Ingest.Search.Analysis;
using Ingest.Search.Facets;
using Lucene.Net.Util;

namespace Ingest.Search.Indexing;

/// <summary>
/// An owner's name as indexed (normalised), its agency id and label in the issuing place, and its facet values
/// encoded: all that the index needs of an owner, worked out once per name and place (<see cref="IndexedAgencies"/>).
/// </summary>
internal sealed class IndexedAgency
{
    public IndexedAgency(string name, string? place, SyllableSplitter splitter)
    {
        Name = name;
        Syllables = splitter.Split(name);
        Id = AgencyIdentity.Of(name, place);
        if (Id.Length == 0)
        {
            return;
        }
        var label = AgencyIdentity.Label(name, place);
        AsOwner = new BytesRef(FacetValues.Encode(FacetDimensions.Owner, Id, label));
        AsLead = new BytesRef(FacetValues.Encode(FacetDimensions.Lead, Id, label));
        AsSupport = new BytesRef(FacetValues.Encode(FacetDimensions.Support, Id, label));
    }

    public string Name { get; }

    /// <summary>The name's syllables, for the owner, lead and support fields.</summary>
    public SyllableList Syllables { get; }

    /// <summary>The agency id; empty when the name gives none (it is then searchable by name only, not a facet).</summary>
    public string Id { get; }

    public BytesRef? AsOwner { get; }

    public BytesRef? AsLead { get; }

    public BytesRef? AsSupport { get; }
}
