using Ingest.Core.Extraction;
using Ingest.Search.Querying;
using Ingest.Search.Results;
using Ingest.Search.Tests.TestSupport;
using static Ingest.Search.Tests.TestSupport.Make;

namespace Ingest.Search.Tests.Querying;

/// <summary>The query language over a small index whose every item is known.</summary>
public sealed class UserQueryTests : IDisposable
{
    private readonly IndexFixture _fixture = new();

    public UserQueryTests()
    {
        _fixture.Index.Index("db", Directive(
            Doc(number: "2235/KH-UBND", kind: "Kế hoạch", date: "2018-08-14", place: "Điện Biên",
                issuer: "Ủy ban nhân dân tỉnh Điện Biên", title: "Kế hoạch đổi mới đơn vị sự nghiệp", references: ["19-NQ/TW", "15-NQ/TU"]),
            Task("Sở Y tế chủ trì xây dựng đề án giảm nghèo bền vững.", "2019-12-31", Lead("Sở Y tế")),
            Task("Sở Nội vụ thẩm định đề án tổ chức lại.", null, Lead("Sở Nội vụ"), Support("Sở Y tế")) with
            {
                Deadline = new Deadline("Quý III năm 2018, hằng năm", null, "2018-09-30", "annual"),
            }) with
        {
            Targets = [new TargetItem { Text = "Giảm tỷ lệ hộ nghèo 2% mỗi năm.", Value = 2, Unit = "%", Due = "2020" }],
        });
        _fixture.Index.Index("ct", Directive(
            Doc(number: "09/CT-UBND", kind: "Chỉ thị", date: "2025-11-18", place: "Cần Thơ",
                issuer: "Ủy ban nhân dân thành phố Cần Thơ", title: "Chỉ thị về an toàn thực phẩm", references: ["57-NQ/TW"]),
            Task("Sở Y tế kiểm tra an toàn thực phẩm.", "2025-06-30", Lead("Sở Y tế")),
            Task("Bộ Xây dựng hướng dẫn quy hoạch.", "2026-03-31", Lead("Bộ Xây dựng"))));
    }

    public void Dispose() => _fixture.Dispose();

    private string[] Ids(string query) =>
        _fixture.Index.Search(new SearchRequest(query) { Size = 100 }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("giảm nghèo")]
    [InlineData("giam ngheo")]
    [InlineData("GIẢM NGHÈO")]
    [InlineData("nghèo giảm")]
    public void Free_words_are_found_with_and_without_diacritics_in_any_order(string query) =>
        Assert.Equal(["db-target-1", "db-task-1"], Ids(query));

    [Theory]
    [InlineData("\"giảm nghèo\"")]
    [InlineData("\"giam ngheo\"")]
    public void A_phrase_is_found_with_and_without_diacritics(string query) =>
        Assert.Equal(["db-task-1"], Ids(query));

    [Fact]
    public void A_phrase_needs_its_words_next_to_each_other() =>
        Assert.Empty(Ids("\"nghèo giảm\""));

    [Theory]
    [InlineData("owner:\"Sở Y tế\"", new[] { "ct-task-1", "db-task-1", "db-task-2" })]
    [InlineData("owner:\"so y te\"", new[] { "ct-task-1", "db-task-1", "db-task-2" })]
    [InlineData("lead:\"Sở Y tế\"", new[] { "ct-task-1", "db-task-1" })]
    [InlineData("support:\"Sở Y tế\"", new[] { "db-task-2" })]
    [InlineData("owner:so-y-te@dien-bien", new[] { "db-task-1", "db-task-2" })]
    [InlineData("lead:so-y-te@can-tho", new[] { "ct-task-1" })]
    public void Owner_fields_match_names_by_role_or_agency_ids(string query, string[] expected) =>
        Assert.Equal(expected, Ids(query));

    [Theory]
    [InlineData("due:2025", new[] { "ct-task-1" })]
    [InlineData("due:2018-09", new[] { "db-task-2" })]
    [InlineData("due:2019-12-31", new[] { "db-task-1" })]
    [InlineData("due:[2025-01 TO 2025-06]", new[] { "ct-task-1" })]
    [InlineData("due:[2019 TO 2020]", new[] { "db-target-1", "db-task-1" })]
    [InlineData("due:[2026 TO *]", new[] { "ct-task-2" })]
    [InlineData("due:[* TO 2018]", new[] { "db-task-2" })]
    public void Due_takes_a_year_a_month_a_day_or_a_range(string query, string[] expected) =>
        Assert.Equal(expected, Ids(query));

    [Theory]
    [InlineData("year:2018 type:task", new[] { "db-task-1", "db-task-2" })]
    [InlineData("year:[2020 TO 2025] type:document", new[] { "ct" })]
    [InlineData("date:2018-08 type:document", new[] { "db" })]
    public void Year_and_date_are_the_documents_date(string query, string[] expected) =>
        Assert.Equal(expected, Ids(query));

    [Theory]
    [InlineData("kind:\"Kế hoạch\" type:task", new[] { "db-task-1", "db-task-2" })]
    [InlineData("kind:\"chi thi\" type:task", new[] { "ct-task-1", "ct-task-2" })]
    [InlineData("place:\"Điện Biên\" type:document", new[] { "db" })]
    [InlineData("place:\"can tho\" type:document", new[] { "ct" })]
    [InlineData("issuer:\"thành phố Cần Thơ\" type:document", new[] { "ct" })]
    [InlineData("number:\"2235/KH-UBND\" type:document", new[] { "db" })]
    [InlineData("number:2235/kh-ubnd type:document", new[] { "db" })]
    public void Document_fields_match_every_item_of_the_document(string query, string[] expected) =>
        Assert.Equal(expected, Ids(query));

    [Theory]
    [InlineData("type:target", new[] { "db-target-1" })]
    [InlineData("type:document", new[] { "ct", "db" })]
    [InlineData("type:task|target kiểm tra", new[] { "ct-task-1" })]
    [InlineData("type:\"văn bản\" an toàn", new[] { "ct" })]
    public void Type_selects_tasks_targets_or_documents(string query, string[] expected) =>
        Assert.Equal(expected, Ids(query));

    [Theory]
    [InlineData("cites:\"19-NQ/TW\" type:document", new[] { "db" })]
    [InlineData("cites:19/NQ-TW type:document", new[] { "db" })]
    [InlineData("cites:\"57-NQ/TW\" type:task", new[] { "ct-task-1", "ct-task-2" })]
    public void Cites_finds_what_a_document_cites_however_the_number_is_written(string query, string[] expected) =>
        Assert.Equal(expected, Ids(query));

    [Fact]
    public void Recurrence_is_matched_by_name() => Assert.Equal(["db-task-2"], Ids("recurrence:annual"));

    [Theory]
    [InlineData("lead:\"Sở Y tế\" -\"thực phẩm\"", new[] { "db-task-1" })]
    [InlineData("lead:\"Sở Y tế\" NOT place:\"Điện Biên\"", new[] { "ct-task-1" })]
    [InlineData("thẩm định OR quy hoạch", new[] { "ct-task-2", "db-task-2" })]
    [InlineData("type:task (place:\"Cần Thơ\" OR due:2018)", new[] { "ct-task-1", "ct-task-2", "db-task-2" })]
    [InlineData("-type:document -type:task", new[] { "db-target-1" })]
    [InlineData("lead:\"Sở Y tế\" AND due:2025", new[] { "ct-task-1" })]
    public void Exclusion_alternatives_and_groups_combine_clauses(string query, string[] expected) =>
        Assert.Equal(expected, Ids(query));

    [Fact]
    public void An_empty_query_matches_everything() => Assert.Equal(7, Ids("  ").Length);

    [Fact]
    public void A_dash_inside_text_is_not_an_exclusion() => Assert.Equal(["ct-task-1"], Ids("kiểm tra - an toàn"));

    [Theory]
    [InlineData("owner:\"Sở Y tế", "close every quote", "ngoặc kép")]
    [InlineData("(giảm nghèo", "never closed", "chưa được đóng")]
    [InlineData("giảm nghèo)", "closes nothing", "không có dấu '('")]
    [InlineData("onwer:\"Sở Y tế\"", "no field 'onwer:'", "Không có trường 'onwer:'")]
    [InlineData("giảm nghèo owner:", "needs a value", "cần một giá trị")]
    [InlineData("due:2025-13", "not a year, month or day", "không phải năm, tháng hay ngày")]
    [InlineData("due:[2025-01 2025-06]", "[2025-01 TO 2025-06]", "[2025-01 TO 2025-06]")]
    [InlineData("place:[a TO b]", "Only due:, year: and date: take a range", "Chỉ due:, year: và date:")]
    [InlineData("type:ticket", "use one of: task, target, document", "task, target, document")]
    [InlineData("giảm nghèo OR", "needs a search term after it", "cần một điều kiện")]
    [InlineData("NOT", "needs a search term after it", "cần một điều kiện")]
    [InlineData("cites:\"//\"", "no letters or digits", "không có chữ hay số")]
    public void A_malformed_query_says_what_is_wrong_in_english_and_in_vietnamese(string query, string english, string vietnamese)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => Ids(query));

        Assert.Contains(english, error.Message);
        Assert.Contains(vietnamese, error.VietnameseMessage);
    }

    [Fact]
    public void Highlight_terms_are_the_syllables_of_positive_text_clauses_as_typed()
    {
        var parsed = UserQueryParser.Parse("Giảm ngheo \"bền vững\" lead:\"Sở Y tế\" -thực");

        Assert.Equal(["bền", "giảm", "ngheo", "vững"], parsed.HighlightTerms.Order(StringComparer.Ordinal));
    }
}
