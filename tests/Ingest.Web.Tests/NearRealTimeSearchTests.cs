using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ingest.TestSupport;
using Xunit.Abstractions;

namespace Ingest.Web.Tests;

/// <summary>
/// A document is searchable as soon as the server has indexed it: the index commits and refreshes its searcher before
/// the document is marked Indexed, so the very next search sees it, with no restart and no waiting for a refresh.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class NearRealTimeSearchTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _data = new();

    private static async Task<string> UploadAsync(RunningHost host, string fileName, string text)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "files", fileName } };
        using var response = await host.Http.PostAsync("/api/documents", form);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body[0].GetProperty("document_id").GetString()!;
    }

    private static Task<JsonElement> IndexedAsync(RunningHost host, string documentId) => RunningHost.EventuallyAsync(
        () => host.GetJsonAsync($"/api/documents/{documentId}"),
        document => document.GetProperty("status").GetString() is "Indexed" or "Failed");

    private static async Task<int> TotalAsync(RunningHost host, string query) =>
        (await host.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString(query))).GetProperty("total").GetInt32();

    [Fact]
    public async Task A_document_the_server_has_indexed_is_found_by_the_next_search_of_a_running_host()
    {
        await using var host = await RunningHost.StartAsync(_data.Path);
        var first = await UploadAsync(host, "first.txt", "Số: 1/KH-UBND\n\nIII. NHIỆM VỤ\n\n- Sở Y tế chủ trì kiểm tra an toàn thực phẩm.");
        Assert.Equal("Indexed", (await IndexedAsync(host, first)).GetProperty("status").GetString());
        Assert.Equal(1, await TotalAsync(host, "type:task an toan thuc pham"));
        Assert.Equal(0, await TotalAsync(host, "type:task phong chong thien tai"));

        var clock = Stopwatch.StartNew();
        var second = await UploadAsync(host, "second.txt", "Số: 2/KH-UBND\n\nIII. NHIỆM VỤ\n\n- Sở Nông nghiệp chủ trì phòng chống thiên tai.");
        Assert.Equal("Indexed", (await IndexedAsync(host, second)).GetProperty("status").GetString());
        var found = await TotalAsync(host, "type:task phong chong thien tai");
        output.WriteLine($"upload to searchable: {clock.ElapsedMilliseconds} ms (status polled every 100 ms)");

        Assert.Equal(1, found);
        Assert.Equal(2, await TotalAsync(host, "type:task"));
    }

    public void Dispose() => _data.Dispose();
}
