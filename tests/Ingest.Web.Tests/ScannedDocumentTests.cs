using System.Net;
using Ingest.Core.Documents;
using Ingest.Core.Text;
using Ingest.Synthetic;
using Ingest.TestSupport;
using Ingest.Text.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Ingest.Web.Tests;

/// <summary>A scanned PDF through the real host: OCR'd, stored with its word boxes, its searchable PDF downloadable.</summary>
[Collection(HostCollection.Name)]
public sealed class ScannedDocumentTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task A_scanned_pdf_is_ocrd_and_its_searchable_pdf_can_be_downloaded()
    {
        await using var host = await RunningHost.StartAsync(_data.Path);
        var page = new PageRenderer().Render(
            ["KẾ HOẠCH", "Giao Sở Y tế chủ trì, phối hợp với Sở Nội vụ triển khai thực hiện."], ScanFont.Available[0], maxLinesPerPage: 4).First();
        File.WriteAllBytes(Path.Combine(host.Paths.Inbox, "scan.pdf"), ScanFiles.ImageOnlyPdf([page.Image]));

        var store = host.Services.GetRequiredService<IDocumentStore>();
        var document = await RunningHost.EventuallyAsync(
            () => Task.FromResult(store.List().SingleOrDefault()),
            d => d is { Status: DocumentStatus.Indexed or DocumentStatus.Failed });
        Assert.Equal(DocumentStatus.Indexed, document!.Status);

        var pages = store.LoadPages(document.Id)!;
        var only = Assert.Single(pages.Pages);
        Assert.Equal(TextMethod.Ocr, only.Method);
        Assert.True(ErrorRateEvaluator.Evaluate(page.GroundTruth, only.Text).Cer < 0.1, only.Text);
        Assert.InRange(only.Layout!.Words.Count, 10, 30);

        using var response = await host.Http.GetAsync($"/api/documents/{document.Id}/searchable.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var searchable = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("phối", string.Join(' ', searchable.GetPage(1).GetWords().Select(w => w.Text)).Normalize());
    }

    [Fact]
    public async Task A_text_document_has_no_searchable_pdf()
    {
        await using var host = await RunningHost.StartAsync(_data.Path);
        File.Copy(Corpus.Raw(Corpus.DienBienSeed), Path.Combine(host.Paths.Inbox, "seed.txt"));
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var document = await RunningHost.EventuallyAsync(
            () => Task.FromResult(store.List().SingleOrDefault()),
            d => d is { Status: DocumentStatus.Indexed });
        using var response = await host.Http.GetAsync($"/api/documents/{document!.Id}/searchable.pdf");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => _data.Dispose();
}
