using System.Net;
using System.Text.Json;
using Ingest.Core.Extraction;
using Ingest.Core.Vietnamese;

namespace Ingest.Web.Tests;

/// <summary>The search API of the running host over the gold corpus; expected values are taken from the gold records.</summary>
[Collection(HostCollection.Name)]
public sealed class SearchApiTests(GoldHost gold) : IClassFixture<GoldHost>
{
    private static string Q(string query) => Uri.EscapeDataString(query);

    private IEnumerable<(string Id, TaskItem Task, DocumentFields Document)> Tasks =>
        gold.Gold.SelectMany(d => d.Extraction.Tasks.Select((t, i) => ($"{d.Id}-task-{i + 1}", t, d.Extraction.Document)));

    private static bool Leads(TaskItem task, string name) =>
        task.Owners.Any(o => o.Role == Owner.Lead && VietnameseText.FoldForComparison(o.Name) == VietnameseText.FoldForComparison(name));

    [Fact]
    public async Task Search_answers_total_hits_with_snippets_and_facet_counts()
    {
        var expected = Tasks.Count(t => Leads(t.Task, "Sở Nội vụ"));

        var body = await gold.GetJsonAsync($"/api/search?q={Q("lead:\"Sở Nội vụ\"")}&size=5");

        Assert.Equal(expected, body.GetProperty("total").GetInt32());
        Assert.Equal(5, body.GetProperty("hits").GetArrayLength());
        var hit = body.GetProperty("hits")[0];
        foreach (var field in new[] { "type", "id", "text", "snippet", "owners", "deadline", "document", "score" })
        {
            Assert.True(hit.TryGetProperty(field, out _), field);
        }
        var places = body.GetProperty("facets").GetProperty("place").EnumerateArray().Sum(p => p.GetProperty("count").GetInt32());
        Assert.Equal(Tasks.Count(t => Leads(t.Task, "Sở Nội vụ") && t.Document.Place is not null), places);
    }

    [Fact]
    public async Task Filters_sort_and_pages_come_from_the_query_string()
    {
        var expected = Tasks.Where(t => t.Document.Place == "Điện Biên" && t.Task.Deadline?.Due is not null)
            .Select(t => t.Task.Deadline!.Due!).Order(StringComparer.Ordinal).Take(3).ToList();

        var body = await gold.GetJsonAsync($"/api/search?q={Q("type:task")}&filter={Q("place:Điện Biên")}&sort=due&size=3&facets=false");

        Assert.Equal(expected, body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("deadline").GetProperty("due").GetString()));
        Assert.Empty(body.GetProperty("facets").EnumerateObject());
    }

    [Theory]
    [InlineData("sort=newest", "Cách sắp xếp 'newest' không có")]
    [InlineData("filter=place", "phải viết dạng nhóm:giá trị")]
    [InlineData("q=owner%3A%22S%E1%BB%9F", "Thiếu dấu ngoặc kép")]
    [InlineData("q=due%3A2025-13", "không phải năm, tháng hay ngày")]
    [InlineData("filter=colour%3Ared", "Không có nhóm lọc 'colour'")]
    public async Task A_bad_parameter_gets_400_with_a_vietnamese_message(string query, string message)
    {
        using var response = await gold.Host.Http.GetAsync($"/api/search?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(message, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_agency_lists_its_tasks_as_lead_and_support_grouped_by_document()
    {
        var lead = Tasks.Count(t => Leads(t.Task, "Bộ Xây dựng"));

        var body = await gold.GetJsonAsync("/api/agencies/bo-xay-dung/tasks");

        Assert.Equal("Bộ Xây dựng", body.GetProperty("name").GetString());
        Assert.Equal(lead, body.GetProperty("lead_count").GetInt32());
        Assert.Equal(lead, body.GetProperty("lead").EnumerateArray().Sum(g => g.GetProperty("tasks").GetArrayLength()));
        Assert.Equal(HttpStatusCode.NotFound, (await gold.Host.Http.GetAsync("/api/agencies/khong-co/tasks")).StatusCode);
    }

    [Fact]
    public async Task The_matrix_of_a_query_counts_tasks_per_agency_and_document()
    {
        var body = await gold.GetJsonAsync($"/api/agencies/matrix?q={Q("place:\"Điện Biên\"")}&agencies=5&documents=5");

        Assert.Equal(Tasks.Count(t => t.Document.Place == "Điện Biên"), body.GetProperty("tasks").GetInt32());
        Assert.Equal(5, body.GetProperty("agencies").GetArrayLength());
        Assert.Equal("004_42d72bf88131c20e", body.GetProperty("documents")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_document_shows_what_it_cites_and_what_cites_it()
    {
        var citing = gold.Gold.Where(d => d.Extraction.Document.References.Contains("24-CTr/TU")).Select(d => d.Id).Order(StringComparer.Ordinal);

        var body = await gold.GetJsonAsync("/api/documents/000_7633f38724703827");

        Assert.Equal("Indexed", body.GetProperty("status").GetString());
        var links = body.GetProperty("links");
        Assert.Equal(["19-NQ/TW"], links.GetProperty("cites").EnumerateArray().Select(c => c.GetProperty("number").GetString()));
        Assert.Equal(citing, links.GetProperty("cited_by").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Similar_tasks_come_from_other_documents()
    {
        var body = await gold.GetJsonAsync("/api/items/004_42d72bf88131c20e-task-1/similar?limit=5");

        Assert.InRange(body.GetArrayLength(), 1, 5);
        Assert.All(body.EnumerateArray(), h => Assert.NotEqual("004_42d72bf88131c20e", h.GetProperty("document").GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await gold.Host.Http.GetAsync("/api/items/missing/similar")).StatusCode);
    }

    [Fact]
    public async Task The_search_page_has_the_facet_sidebar_agency_and_document_views_in_vietnamese()
    {
        var page = await gold.Host.Http.GetStringAsync("/");
        var script = await gold.Host.Http.GetStringAsync("/app.js");

        Assert.Contains("id=\"facets\"", page);
        Assert.Contains("id=\"view-agency\"", page);
        Assert.Contains("id=\"view-document\"", page);
        Assert.Contains("Cơ quan chủ trì", script);
        Assert.Contains("Văn bản dẫn chiếu đến văn bản này", script);
    }
}
