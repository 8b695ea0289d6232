using Ingest.Search;
using Ingest.Search.Querying;

namespace Ingest.Web.Api;

/// <summary>GET /api/search?q=…&amp;limit=…: hits with type, text, owners, deadline, document and score.</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", (string? q, int? limit, SearchIndex index) =>
        {
            try
            {
                return Results.Ok(index.Search(q ?? "", Math.Clamp(limit ?? 20, 1, 500)));
            }
            catch (QuerySyntaxException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Câu truy vấn không hợp lệ");
            }
        });
        return app;
    }
}
