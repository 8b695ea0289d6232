using Ingest.Core.Extraction;
using Ingest.Search.Querying;
using Ingest.TestSupport;

namespace Ingest.Search.Tests;

public sealed class SearchIndexTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly SearchIndex _index;

    public SearchIndexTests()
    {
        _index = new SearchIndex(_temp.Combine("index"));
        _index.Index("doc1", new DirectiveExtraction
        {
            Document = new DocumentFields { File = "a.txt", Number = "2235/KH-UBND", Kind = "Kế hoạch", Date = "2018-08-14", Place = "Điện Biên" },
            Tasks =
            [
                new TaskItem { Text = "Sở Y tế chủ trì xây dựng đề án giảm nghèo bền vững.", Owners = [new Owner("Sở Y tế", Owner.Lead)] },
                new TaskItem { Text = "Sở Nội vụ thẩm định đề án tổ chức lại.", Owners = [new Owner("Sở Nội vụ", Owner.Lead), new Owner("Sở Y tế", Owner.Support)] },
            ],
        });
    }

    [Theory]
    [InlineData("giảm nghèo")]
    [InlineData("giam ngheo")]
    [InlineData("GIẢM NGHÈO")]
    public void Finds_text_with_and_without_diacritics(string query)
    {
        var result = _index.Search(query);
        Assert.Equal(1, result.Total);
        Assert.StartsWith("Sở Y tế chủ trì", result.Hits.Single().Text);
    }

    [Fact]
    public void Owner_field_matches_lead_and_support_but_lead_field_only_the_lead()
    {
        Assert.Equal(2, _index.Search("owner:\"Sở Y tế\"").Total);
        Assert.Equal(1, _index.Search("lead:\"so y te\"").Total);
    }

    [Fact]
    public void Hits_carry_owners_and_document_fields()
    {
        var hit = _index.Search("thẩm định").Hits.Single();
        Assert.Equal("task", hit.Type);
        Assert.Equal(["Sở Nội vụ", "Sở Y tế"], hit.Owners.Select(o => o.Name));
        Assert.Equal("2235/KH-UBND", hit.Document.Number);
    }

    [Fact]
    public void Reindexing_a_document_replaces_its_entries()
    {
        _index.Index("doc1", new DirectiveExtraction { Document = new DocumentFields { File = "a.txt" } });
        Assert.Equal(0, _index.Search("giảm nghèo").Total);
    }

    [Fact]
    public void A_malformed_query_gets_a_readable_error()
    {
        var error = Assert.Throws<QuerySyntaxException>(() => _index.Search("owner:\"Sở Y tế"));
        Assert.Contains("close every quote", error.Message);
    }

    [Fact]
    public void A_read_only_search_sees_committed_entries_while_the_writer_is_open()
    {
        var result = SearchIndex.SearchReadOnly(_temp.Combine("index"), "type:task");
        Assert.Equal(2, result.Total);
    }

    public void Dispose()
    {
        _index.Dispose();
        _temp.Dispose();
    }
}
