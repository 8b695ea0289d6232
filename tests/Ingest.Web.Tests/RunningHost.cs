using System.Net.Http.Json;
using System.Text.Json;
using Ingest.Processing;
using Ingest.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Web.Tests;

/// <summary>The real server (Kestrel, Hangfire, inbox watcher) on a free port and a temporary data folder.</summary>
public sealed class RunningHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningHost(WebApplication app, DataPaths paths, HttpClient http)
    {
        _app = app;
        Paths = paths;
        Http = http;
    }

    public DataPaths Paths { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<RunningHost> StartAsync(string dataRoot)
    {
        var app = IngestHost.Build([], options =>
        {
            options.DataRoot = dataRoot;
            options.Port = 0;
            options.InboxPollMilliseconds = 100;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningHost(app, app.Services.GetRequiredService<DataPaths>(), new HttpClient { BaseAddress = new Uri(address) });
    }

    public Task<JsonElement> GetJsonAsync(string path) => Http.GetFromJsonAsync<JsonElement>(path);

    /// <summary>Polls until the condition holds; fails the test with the last value when it never does.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        T value;
        do
        {
            value = await probe();
            if (done(value))
            {
                return value;
            }
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"Condition not reached; last value: {value}");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
