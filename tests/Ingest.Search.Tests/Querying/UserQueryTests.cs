using Ingest.Search.Querying;
using Ingest.Search.Results;
using Ingest.Search.Tests.TestSupport;
using static Ingest.Search.Tests.TestSupport.Make;

namespace Ingest.Search.Tests.Querying;

public sealed class UserQueryTests : IDisposable
{
    private readonly IndexFixture _fixture = new();

    public UserQueryTests()
    {
        _fixture.Index.Index("doc1", Directive(
            Doc(number: "2235/KH-UBND", kind: "Kế hoạch", date: "2018-08-14", place: "Điện Biên"),
            Task("Sở Y tế chủ trì xây dựng đề án giảm nghèo bền vững.", null, Lead("Sở Y tế")),
            Task("Sở Nội vụ thẩm định đề án tổ chức lại.", null, Lead("Sở Nội vụ"), Support("Sở Y tế"))));
    }

    public void Dispose() => _fixture.Dispose();

    private SearchResponse Search(string query) => _fixture.Index.Search(new SearchRequest(query));

    [Theory]
    [InlineData("giảm nghèo")]
    [InlineData("giam ngheo")]
    [InlineData("GIẢM NGHÈO")]
    public void Finds_text_with_and_without_diacritics(string query)
    {
        var result = Search(query);
        Assert.Equal(1, result.Total);
        Assert.StartsWith("Sở Y tế chủ trì", result.Hits.Single().Text);
    }

    [Fact]
    public void Owner_field_matches_lead_and_support_but_lead_field_only_the_lead()
    {
        Assert.Equal(2, Search("owner:\"Sở Y tế\"").Total);
        Assert.Equal(1, Search("lead:\"so y te\"").Total);
    }

    [Fact]
    public void A_malformed_query_gets_a_readable_error()
    {
        var error = Assert.Throws<QuerySyntaxException>(() => Search("owner:\"Sở Y tế"));
        Assert.Contains("close every quote", error.Message);
    }
}
