using Ingest.Core.Extraction;
using Ingest.Search.Results;
using Ingest.Search.Tests.TestSupport;

namespace Ingest.Search.Tests.Facets;

/// <summary>Facet counts and filters over the gold index, checked against counts taken from the gold records.</summary>
public sealed class FacetTests(GoldIndex gold) : IClassFixture<GoldIndex>
{
    private SearchResponse Search(string query, params FacetFilter[] filters) =>
        gold.Index.Search(new SearchRequest(query) { Filters = filters, Facets = true, FacetSize = 100, Size = 1 });

    private static Dictionary<string, int> Counts(SearchResponse response, string dimension) =>
        response.Facets[dimension].ToDictionary(c => c.Value, c => c.Count);

    [Fact]
    public void Place_kind_and_year_count_the_tasks_of_each_value()
    {
        var tasks = GoldItem.All.Where(i => i.Type == "task").ToList();

        var response = Search("type:task");

        Assert.Equal(tasks.Count, response.Total);
        Assert.Equal(
            tasks.Where(t => t.Document.Place is not null).GroupBy(t => t.Document.Place!).ToDictionary(g => g.Key, g => g.Count()),
            Counts(response, "place"));
        Assert.Equal(
            tasks.Where(t => t.Document.Kind is not null).GroupBy(t => t.Document.Kind!).ToDictionary(g => g.Key, g => g.Count()),
            Counts(response, "kind"));
        Assert.Equal(
            tasks.Where(t => t.Year is not null).GroupBy(t => t.Year!.Value.ToString()).ToDictionary(g => g.Key, g => g.Count()),
            Counts(response, "year"));
        Assert.Equal(
            tasks.Where(t => t.DueYear is not null).GroupBy(t => t.DueYear!.Value.ToString()).ToDictionary(g => g.Key, g => g.Count()),
            Counts(response, "due_year"));
    }

    [Fact]
    public void Owner_facets_count_tasks_per_agency_of_a_place_by_role()
    {
        var tasks = GoldItem.All.Where(i => i.Type == "task" && i.Document.Place == "Cần Thơ").ToList();

        var response = Search("type:task place:\"Cần Thơ\"");

        var lead = response.Facets["lead"].Single(c => c.Value == "so-y-te@can-tho");
        Assert.Equal(("Sở Y tế (Cần Thơ)", tasks.Count(t => t.HasOwner("Sở Y tế", Owner.Lead))), (lead.Label, lead.Count));
        var any = response.Facets["owner"].Single(c => c.Value == "so-y-te@can-tho");
        Assert.Equal(tasks.Count(t => t.HasOwner("Sở Y tế")), any.Count);
        var support = response.Facets["support"].Single(c => c.Value == "so-y-te@can-tho");
        Assert.Equal(tasks.Count(t => t.HasOwner("Sở Y tế", Owner.Support)), support.Count);
    }

    [Fact]
    public void Facet_values_come_most_frequent_first()
    {
        var counts = Search("type:task").Facets["lead"].Select(c => c.Count).ToList();

        Assert.True(counts.Count > 5);
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public void Facets_count_only_what_the_query_matches()
    {
        var expected = GoldItem.All.Count(i => i.Type == "task" && i.Document.Place == "Điện Biên" && i.Words.Contains("tuyen") && i.Words.Contains("truyen"));

        var response = Search("type:task tuyên truyền");

        Assert.Equal(expected, Counts(response, "place")["Điện Biên"]);
    }

    [Fact]
    public void A_filter_keeps_the_items_with_that_value_and_values_of_one_dimension_are_alternatives()
    {
        var canTho = GoldItem.All.Count(i => i.Document.Place == "Cần Thơ");
        var hanoi = GoldItem.All.Count(i => i.Document.Place == "Hà Nội");
        var canThoTasks = GoldItem.All.Count(i => i.Document.Place == "Cần Thơ" && i.Type == "task");

        Assert.Equal(canTho, Search("", new FacetFilter("place", "Cần Thơ")).Total);
        Assert.Equal(canTho + hanoi, Search("", new FacetFilter("place", "Cần Thơ"), new FacetFilter("place", "Hà Nội")).Total);
        Assert.Equal(canThoTasks, Search("", new FacetFilter("place", "Cần Thơ"), new FacetFilter("type", "task")).Total);
    }

    [Fact]
    public void A_lead_filter_takes_an_agency_id()
    {
        var expected = GoldItem.All.Count(i => i.Document.Place == "Điện Biên" && i.HasOwner("Sở Nội vụ", Owner.Lead));

        Assert.Equal(expected, Search("", new FacetFilter("lead", "so-noi-vu@dien-bien")).Total);
    }

    [Fact]
    public void An_unknown_facet_is_a_query_error() =>
        Assert.Throws<Search.Querying.QuerySyntaxException>(() => Search("", new FacetFilter("colour", "red")));
}
