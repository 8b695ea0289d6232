using System.CommandLine;
using System.Text.Json;
using Ingest.Core.Extraction;
using Ingest.Search;
using Ingest.Search.Querying;
using Ingest.Search.Results;

namespace Ingest.Cli.Commands;

/// <summary>ingest search QUERY: searches the index of the data folder (works while the server runs).</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Free text, \"phrases\", fields (owner:\"Sở Y tế\", type:task, year:2018)" };
        var json = new Option<bool>("--json") { Description = "Print {total, hits} as JSON" };
        var limit = new Option<int>("--limit") { Description = "Maximum hits", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Search tasks, targets and documents.") { query, json, limit };
        command.SetAction(result =>
        {
            var paths = CommonOptions.Paths(result);
            try
            {
                using var index = new ReadOnlySearchIndex(paths.Index);
                var found = index.Search(new SearchRequest(result.GetValue(query)!) { Size = Math.Clamp(result.GetValue(limit), 1, SearchRequest.MaxSize) });
                result.InvocationConfiguration.Output.WriteLine(result.GetValue(json) ? JsonSerializer.Serialize(found, ExtractionJson.Options) : Render(found));
                return 0;
            }
            catch (QuerySyntaxException e)
            {
                result.InvocationConfiguration.Error.WriteLine(e.Message);
                return 2;
            }
        });
        return command;
    }

    private static string Render(SearchResponse result)
    {
        var lines = new List<string> { $"{result.Total} hits" };
        foreach (var hit in result.Hits)
        {
            var owners = string.Join("; ", hit.Owners.Select(o => $"{o.Name} ({o.Role})"));
            lines.Add($"[{hit.Type}] {hit.Text}");
            lines.Add($"    {hit.Document.Number ?? hit.Document.File}{(owners.Length > 0 ? " · " + owners : "")}{(hit.Deadline?.Due is { } due ? " · hạn " + due : "")}");
        }
        return string.Join('\n', lines);
    }
}
