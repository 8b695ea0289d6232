using Ingest.Search.Results;
using Ingest.Search.Tests.TestSupport;

namespace Ingest.Search.Tests.Facets;

public sealed class SortAndPageTests(GoldIndex gold) : IClassFixture<GoldIndex>
{
    private SearchResponse Search(string query, SearchSort sort, int page = 1, int size = 1000) =>
        gold.Index.Search(new SearchRequest(query) { Sort = sort, Page = page, Size = size });

    [Fact]
    public void By_due_date_the_earliest_come_first_and_tasks_without_one_last()
    {
        var hits = Search("type:task", SearchSort.Due).Hits;

        var dues = hits.Select(h => h.Deadline?.Due).ToList();
        var dated = dues.TakeWhile(d => d is not null).ToList();
        Assert.Equal(GoldItem.All.Count(i => i.Type == "task" && i.Due is not null), dated.Count);
        Assert.Equal(dated.Order(StringComparer.Ordinal), dated);
        Assert.All(dues.Skip(dated.Count), Assert.Null);
    }

    [Fact]
    public void By_document_date_the_newest_come_first()
    {
        var dates = Search("type:document", SearchSort.Date).Hits.Select(h => h.Document.Date).ToList();

        var dated = dates.TakeWhile(d => d is not null).ToList();
        Assert.Equal(GoldItem.All.Count(i => i.Type == "document" && i.Document.Date is not null), dated.Count);
        Assert.Equal(dated.OrderDescending(StringComparer.Ordinal), dated);
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.Due)]
    [InlineData(SearchSort.Date)]
    public void Counting_facets_does_not_change_the_hits_or_their_order(SearchSort sort)
    {
        var plain = gold.Index.Search(new SearchRequest("đơn vị") { Sort = sort, Size = 30 });
        var faceted = gold.Index.Search(new SearchRequest("đơn vị") { Sort = sort, Size = 30, Facets = true });

        Assert.Equal(plain.Total, faceted.Total);
        Assert.Equal(plain.Hits.Select(h => h.Id), faceted.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Pages_follow_each_other_without_overlap()
    {
        var all = Search("đơn vị", SearchSort.Relevance).Hits.Select(h => h.Id).ToList();
        var first = Search("đơn vị", SearchSort.Relevance, page: 1, size: 7).Hits.Select(h => h.Id);
        var second = Search("đơn vị", SearchSort.Relevance, page: 2, size: 7).Hits.Select(h => h.Id);

        Assert.True(all.Count > 14);
        Assert.Equal(all.Take(14), first.Concat(second));
    }
}
