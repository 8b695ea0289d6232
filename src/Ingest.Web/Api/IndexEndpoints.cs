using Ingest.Processing;
using Ingest.Search;

namespace Ingest.Web.Api;

/// <summary>POST /api/index/rebuild: rebuilds the search index from the store (what ingest reindex asks a running server).</summary>
public static class IndexEndpoints
{
    public static IEndpointRouteBuilder MapIndexApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/index/rebuild", (IndexRebuilder rebuilder, SearchIndex index) =>
        {
            var summary = rebuilder.Rebuild(index);
            return Results.Ok(new { documents = summary.Documents, items = summary.Items, seconds = summary.Elapsed.TotalSeconds });
        }).DisableAntiforgery();
        return app;
    }
}
