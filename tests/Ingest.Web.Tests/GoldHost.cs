using System.Text.Json;
using Ingest.Core.Documents;
using Ingest.Core.Extraction;
using Ingest.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Web.Tests;

/// <summary>One running host whose store holds the gold extractions, indexed through the rebuild endpoint.</summary>
public sealed class GoldHost : IAsyncLifetime
{
    private readonly TempDirectory _data = new();

    public RunningHost Host { get; private set; } = null!;

    public IReadOnlyList<(string Id, DirectiveExtraction Extraction)> Gold { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Host = await RunningHost.StartAsync(_data.Path);
        Gold = GoldInStore.Add(Host.Services.GetRequiredService<IDocumentStore>());
        using var response = await Host.Http.PostAsync("/api/index/rebuild", content: null);
        response.EnsureSuccessStatusCode();
    }

    public Task<JsonElement> GetJsonAsync(string path) => Host.GetJsonAsync(path);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _data.Dispose();
    }
}
