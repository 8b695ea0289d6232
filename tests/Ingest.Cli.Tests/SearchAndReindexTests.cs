using System.Text.Json;
using Ingest.Core.Extraction;
using Ingest.Core.Vietnamese;

namespace Ingest.Cli.Tests;

/// <summary>ingest reindex and ingest search on a data folder without a server (port 1: nothing listens there).</summary>
public sealed class SearchAndReindexTests(GoldStore data) : IClassFixture<GoldStore>
{
    private readonly GoldStore _data = data;

    [Fact]
    public void Reindex_indexes_every_extracted_document_of_the_store()
    {
        var (exit, output, error) = _data.Reindex;

        Assert.True(exit == 0, error);
        var items = _data.Extractions.Sum(e => e.Tasks.Count + e.Targets.Count + 1);
        Assert.Contains($"{_data.Extractions.Count} documents, {items} items", output);
    }

    private (int Exit, string Output, string Error) Search(params string[] args) =>
        CliRunner.Run(["search", .. args, "--data", _data.Paths.Root, "--port", "1"]);

    private int LeadTasks(string name) => _data.Extractions.Sum(e => e.Tasks.Count(t =>
        t.Owners.Any(o => o.Role == Owner.Lead && VietnameseText.FoldForComparison(o.Name) == VietnameseText.FoldForComparison(name))));

    [Fact]
    public void Json_has_total_hits_with_their_fields_and_facets()
    {
        var (exit, output, _) = Search("lead:\"Sở Y tế\"", "--json", "--facets", "--limit", "3");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(LeadTasks("Sở Y tế"), root.GetProperty("total").GetInt32());
        Assert.Equal(3, root.GetProperty("hits").GetArrayLength());
        foreach (var field in new[] { "type", "text", "owners", "deadline", "document", "score", "snippet" })
        {
            Assert.True(root.GetProperty("hits")[0].TryGetProperty(field, out _), field);
        }
        Assert.Equal(LeadTasks("Sở Y tế"), root.GetProperty("facets").GetProperty("type").EnumerateArray().Single().GetProperty("count").GetInt32());
    }

    [Fact]
    public void Text_output_shows_hits_and_facet_lines()
    {
        var (exit, output, _) = Search("giảm nghèo", "--facets");

        Assert.Equal(0, exit);
        Assert.Contains("hits", output.Split('\n')[0]);
        Assert.Contains("giảm nghèo", output);
        Assert.Contains("\nplace: ", output);
    }

    [Fact]
    public void Sort_and_filter_options_shape_the_results()
    {
        var (exit, output, _) = Search("type:task", "--filter", "place:Điện Biên", "--sort", "due", "--json", "--limit", "5");

        Assert.Equal(0, exit);
        var dues = JsonDocument.Parse(output).RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("deadline").GetProperty("due").GetString()).ToList();
        Assert.Equal(dues.Order(StringComparer.Ordinal), dues);
        Assert.All(JsonDocument.Parse(output).RootElement.GetProperty("hits").EnumerateArray(),
            h => Assert.Equal("Điện Biên", h.GetProperty("document").GetProperty("place").GetString()));
    }

    [Fact]
    public void A_malformed_query_exits_2_with_the_reason_on_standard_error()
    {
        var (exit, output, error) = Search("due:[2025 TO");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("[2025-01 TO 2025-06]", error);
    }
}
