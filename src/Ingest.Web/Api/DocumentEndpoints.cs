using Ingest.Core.Documents;
using Ingest.Core.Extraction;
using Ingest.Processing;
using Ingest.Processing.Intake;
using Ingest.Search;

namespace Ingest.Web.Api;

/// <summary>Documents: list with status, upload, one document with its citation links, its extraction.</summary>
public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocumentApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", (DataPaths paths) => Results.Ok(new { status = "ok", product = "Ingest", data_root = paths.Root }));

        app.MapGet("/api/documents", (IDocumentStore store, int? limit) =>
            Results.Ok(store.List(Math.Clamp(limit ?? 200, 1, 5000))));

        app.MapGet("/api/documents/{id}", (string id, IDocumentStore store, ISearchService search) =>
            store.Find(id) is { } document ? Results.Ok(DocumentView.From(document, search.DocumentLinks(id))) : Results.NotFound());

        app.MapGet("/api/documents/{id}/links", (string id, ISearchService search) =>
            search.DocumentLinks(id) is { } links ? Results.Ok(links) : Results.NotFound());

        app.MapGet("/api/documents/{id}/extraction", (string id, IDocumentStore store) =>
            store.LoadLatestExtraction(id) is { } extraction
                ? Results.Text(ExtractionJson.Serialize(extraction), "application/json; charset=utf-8")
                : Results.NotFound());

        app.MapGet("/api/documents/{id}/searchable.pdf", (string id, IDocumentStore store) =>
            store.Find(id) is { } document && store.ReadSearchablePdf(id) is { } pdf
                ? Results.File(pdf, "application/pdf", Path.GetFileNameWithoutExtension(document.FileName) + ".searchable.pdf")
                : Results.NotFound());

        app.MapPost("/api/documents", async (HttpRequest request, DocumentIntake intake, IDocumentQueue queue) =>
        {
            if (!request.HasFormContentType)
            {
                return Results.Problem("Send the files as multipart/form-data (field name: files).", statusCode: 400);
            }
            var form = await request.ReadFormAsync();
            var results = new List<IntakeResult>();
            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                var result = intake.Accept(file.FileName, buffer.ToArray());
                if (result is IntakeResult.Accepted accepted)
                {
                    queue.EnqueueProcessing(accepted.DocumentId);
                }
                results.Add(result);
            }
            return Results.Ok(results.Select(UploadOutcome.From));
        }).DisableAntiforgery();
        return app;
    }
}

/// <summary>What the upload answers for each file.</summary>
public sealed record UploadOutcome(string File, string Outcome, string? DocumentId, string? Reason)
{
    public static UploadOutcome From(IntakeResult result) => result switch
    {
        IntakeResult.Accepted a => new(a.FileName, a.IsNew ? "accepted" : "duplicate", a.DocumentId, null),
        IntakeResult.Quarantined q => new(q.FileName, "quarantined", null, q.Reason),
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };
}
