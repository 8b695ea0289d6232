using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Ingest.Processing;

namespace Ingest.Cli.Commands;

/// <summary>Talks to a running 'ingest serve' on this machine that uses the same data folder.</summary>
public sealed class ServerClient : IDisposable
{
    private readonly HttpClient _http;

    private ServerClient(HttpClient http) => _http = http;

    public static async Task<ServerClient?> FindAsync(int port, DataPaths paths, CancellationToken cancellationToken)
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}/"), Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            var health = await http.GetFromJsonAsync<JsonElement>("api/health", cancellationToken);
            if (health.TryGetProperty("data_root", out var root) && PathsEqual(root.GetString(), paths.Root))
            {
                http.Timeout = TimeSpan.FromMinutes(10);
                return new ServerClient(http);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            // No server (or not ours): process in this process.
        }
        http.Dispose();
        return null;
    }

    public async Task<int> UploadAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var failures = 0;
        using var progress = new ProgressBar("Sending to server", files.Count);
        foreach (var file in files)
        {
            using var form = new MultipartFormDataContent();
            var content = new ByteArrayContent(await File.ReadAllBytesAsync(file, cancellationToken));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "files", Path.GetFileName(file));
            using var response = await _http.PostAsync("api/documents", form, cancellationToken);
            response.EnsureSuccessStatusCode();
            var outcomes = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            foreach (var outcome in outcomes.EnumerateArray())
            {
                var kind = outcome.GetProperty("outcome").GetString();
                progress.Report(file, kind ?? "");
                if (kind == "quarantined")
                {
                    failures++;
                    progress.Message($"{Path.GetFileName(file)}: {outcome.GetProperty("reason").GetString()}");
                }
            }
        }
        progress.Done($"{files.Count - failures} of {files.Count} files handed to the server at {_http.BaseAddress}; it processes them in the background.");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>Asks the server to rebuild its index from the store; returns its summary (documents, items, seconds).</summary>
    public async Task<JsonElement> RebuildIndexAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsync("api/index/rebuild", content: null, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    private static bool PathsEqual(string? a, string b) =>
        a is not null && Path.GetFullPath(a).TrimEnd('/') == Path.GetFullPath(b).TrimEnd('/');

    public void Dispose() => _http.Dispose();
}
