using Ingest.Search;
using Ingest.Search.Querying;

namespace Ingest.Web.Api;

/// <summary>
/// Search API: GET /api/search (hits, facets, paging), GET /api/agencies/{id}/tasks (an agency's tasks),
/// GET /api/agencies/matrix (agency × document for a query), GET /api/items/{id}/similar.
/// </summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", (HttpRequest http, ISearchService search) =>
            Answer(http, facetsByDefault: true, request => Results.Ok(search.Search(request))));

        app.MapGet("/api/agencies/matrix", (HttpRequest http, int? agencies, int? documents, ISearchService search) =>
            Answer(http, facetsByDefault: false, request => Results.Ok(search.AgencyMatrix(
                request, Math.Clamp(agencies ?? 25, 1, 200), Math.Clamp(documents ?? 25, 1, 200)))));

        app.MapGet("/api/agencies/{id}/tasks", (string id, int? limit, ISearchService search) =>
            search.AgencyTasks(id, Math.Clamp(limit ?? 2000, 1, 10000)) is { } tasks
                ? Results.Ok(tasks)
                : Results.Problem($"Không có nhiệm vụ nào của cơ quan '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy cơ quan"));

        app.MapGet("/api/items/{id}/similar", (string id, int? limit, ISearchService search) =>
            search.Similar(id, Math.Clamp(limit ?? 10, 1, 100)) is { } hits
                ? Results.Ok(hits)
                : Results.Problem($"Không có mục '{id}' trong chỉ mục.", statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy"));
        return app;
    }

    private static IResult Answer(HttpRequest http, bool facetsByDefault, Func<Search.Results.SearchRequest, IResult> run)
    {
        var (request, error) = SearchRequestReader.Read(http, facetsByDefault);
        if (error is not null)
        {
            return error;
        }
        try
        {
            return run(request!);
        }
        catch (QuerySyntaxException e)
        {
            return SearchRequestReader.Bad(e.VietnameseMessage, e.Message);
        }
    }
}
