using System.CommandLine;
using System.Text.Json;
using Ingest.Core.Extraction;
using Ingest.Search;
using Ingest.Search.Querying;
using Ingest.Search.Results;

namespace Ingest.Cli.Commands;

/// <summary>
/// ingest search QUERY [--json] [--facets] [--sort relevance|due|date] [--limit N] [--page N] [--filter dim:value]:
/// searches the index of the data folder (works while the server runs: it reads the last commit).
/// </summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Free text, \"phrases\", fields: owner: lead: support: due: kind: issuer: place: year: type: cites: (see README)" };
        var json = new Option<bool>("--json") { Description = "Print {total, hits:[{type,text,owners,deadline,document,score,snippet}], facets} as JSON" };
        var facets = new Option<bool>("--facets") { Description = "Count facets (type, lead, owner, support, place, issuer, kind, year, due_year)" };
        var sort = new Option<SearchSort>("--sort") { Description = "relevance (default), due (earliest first) or date (newest document first)" };
        var limit = new Option<int>("--limit") { Description = "Hits per page", DefaultValueFactory = _ => 20 };
        var page = new Option<int>("--page") { Description = "Page number, from 1", DefaultValueFactory = _ => 1 };
        var filter = new Option<string[]>("--filter") { Description = "Facet filter dimension:value (repeatable), e.g. place:\"Điện Biên\" or lead:so-y-te@dien-bien" };
        var command = new Command("search", "Search tasks, targets and documents.") { query, json, facets, sort, limit, page, filter };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var filters = new List<FacetFilter>();
            foreach (var text in result.GetValue(filter) ?? [])
            {
                if (FacetFilter.Parse(text) is not { } parsed)
                {
                    error.WriteLine($"The filter '{text}' must be dimension:value, e.g. place:Điện Biên.");
                    return 2;
                }
                filters.Add(parsed);
            }
            try
            {
                using var index = new ReadOnlySearchIndex(CommonOptions.Paths(result).Index);
                var found = index.Search(new SearchRequest(result.GetValue(query)!)
                {
                    Filters = filters,
                    Sort = result.GetValue(sort),
                    Page = Math.Max(1, result.GetValue(page)),
                    Size = Math.Clamp(result.GetValue(limit), 1, SearchRequest.MaxSize),
                    Facets = result.GetValue(facets),
                });
                output.WriteLine(result.GetValue(json)
                    ? JsonSerializer.Serialize(found, ExtractionJson.Options)
                    : SearchResultText.Render(found, highlight: !Console.IsOutputRedirected));
                return 0;
            }
            catch (QuerySyntaxException e)
            {
                error.WriteLine(e.Message);
                return 2;
            }
        });
        return command;
    }
}
