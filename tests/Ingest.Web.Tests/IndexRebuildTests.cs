using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ingest.Core.Documents;
using Ingest.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Web.Tests;

/// <summary>Rebuilding the index from the store through the running host (what ingest reindex asks a server).</summary>
[Collection(HostCollection.Name)]
public sealed class IndexRebuildTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_rebuild_indexes_every_extracted_document_of_the_store_and_marks_it_indexed()
    {
        await using var host = await RunningHost.StartAsync(_data.Path);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var gold = GoldInStore.Add(store);

        using var response = await host.Http.PostAsync("/api/index/rebuild", content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>();
        var items = gold.Sum(d => d.Extraction.Tasks.Count + d.Extraction.Targets.Count + 1);
        Assert.Equal(gold.Count, summary.GetProperty("documents").GetInt32());
        Assert.Equal(items, summary.GetProperty("items").GetInt32());
        var tasks = await host.GetJsonAsync("/api/search?q=type:task");
        Assert.Equal(gold.Sum(d => d.Extraction.Tasks.Count), tasks.GetProperty("total").GetInt32());
        Assert.All(gold, d => Assert.Equal(DocumentStatus.Indexed, store.Find(d.Id)!.Status));
    }
}
