using Ingest.Search;
using Ingest.Search.Querying;
using Ingest.Search.Results;

namespace Ingest.Web.Api;

/// <summary>GET /api/search?q=…&amp;page=…&amp;size=…: hits with type, text, owners, deadline, document and score.</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", (string? q, int? page, int? size, int? limit, ISearchService search) =>
        {
            try
            {
                return Results.Ok(search.Search(new SearchRequest(q ?? "")
                {
                    Page = Math.Max(1, page ?? 1),
                    Size = Math.Clamp(size ?? limit ?? 20, 1, 500),
                }));
            }
            catch (QuerySyntaxException e)
            {
                return Results.Problem(e.VietnameseMessage, statusCode: StatusCodes.Status400BadRequest, title: "Câu truy vấn không hợp lệ",
                    extensions: new Dictionary<string, object?> { ["message"] = e.Message });
            }
        });
        return app;
    }
}
