using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ingest.Core.Documents;
using Ingest.Storage.Sqlite;
using Ingest.TestSupport;

namespace Ingest.Web.Tests;

/// <summary>End to end through the real host: inbox → store → extraction → index → search API.</summary>
[Collection(HostCollection.Name)]
public sealed class InboxToSearchTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task A_seed_dropped_into_the_inbox_is_found_by_the_search_api()
    {
        await using var host = await RunningHost.StartAsync(_data.Path);
        File.Copy(Corpus.Raw(Corpus.DienBienSeed), Path.Combine(host.Paths.Inbox, Corpus.DienBienSeed));

        var result = await RunningHost.EventuallyAsync(
            () => host.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("\"Sở Y tế\"")),
            json => json.GetProperty("total").GetInt32() > 0);

        var hit = result.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("type").GetString() == "task");
        Assert.Contains("Sở Y tế", hit.GetProperty("text").GetString());
        Assert.Equal("2235/KH-UBND", hit.GetProperty("document").GetProperty("number").GetString());
        Assert.Empty(Directory.EnumerateFiles(host.Paths.Inbox));
        var documents = await host.GetJsonAsync("/api/documents");
        Assert.Equal("Indexed", documents.EnumerateArray().Single().GetProperty("status").GetString());
    }

    [Fact]
    public async Task Bad_files_go_to_quarantine_with_a_reason_and_the_host_keeps_working()
    {
        await using var host = await RunningHost.StartAsync(_data.Path);
        File.WriteAllText(Path.Combine(host.Paths.Inbox, "virus.exe"), "MZ");
        File.WriteAllBytes(Path.Combine(host.Paths.Inbox, "garbage.txt"), [0x41, 0xFF, 0xFE, 0x81, 0x8D, 0x42]);
        File.WriteAllBytes(Path.Combine(host.Paths.Inbox, "empty.md"), []);

        await RunningHost.EventuallyAsync(
            () => Task.FromResult(Directory.GetFiles(host.Paths.Quarantine, "*.error.txt").Length),
            count => count == 3);

        var reasons = Directory.GetFiles(host.Paths.Quarantine, "*.error.txt").ToDictionary(p => Path.GetFileName(p), File.ReadAllText);
        Assert.Contains("not supported", reasons["virus.exe.error.txt"]);
        Assert.Contains("UTF-8", reasons["garbage.txt.error.txt"]);
        Assert.Contains("empty", reasons["empty.md.error.txt"]);
        Assert.All(reasons.Values, text => Assert.Contains("What to do:", text));

        File.Copy(Corpus.Raw(Corpus.DienBienSeed), Path.Combine(host.Paths.Inbox, "good.txt"));
        await RunningHost.EventuallyAsync(
            () => host.GetJsonAsync("/api/search?q=type:task"),
            json => json.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task A_document_left_unfinished_by_a_crash_is_processed_at_the_next_start()
    {
        var paths = new Processing.DataPaths(_data.Path).EnsureCreated();
        var bytes = File.ReadAllBytes(Corpus.Raw(Corpus.DienBienSeed));
        var store = new SqliteDocumentStore(paths.StoreFile, paths.Archive);
        var now = DateTimeOffset.UtcNow;
        store.TryAdd(new DocumentRecord("crashed", "seed.txt", "text/plain", bytes.Length, DocumentStatus.Received, null, now, now), bytes);

        await using var host = await RunningHost.StartAsync(_data.Path);

        await RunningHost.EventuallyAsync(
            () => Task.FromResult(store.Find("crashed")!.Status),
            status => status == DocumentStatus.Indexed);
    }

    [Fact]
    public async Task Uploading_the_same_file_twice_stores_one_document()
    {
        await using var host = await RunningHost.StartAsync(_data.Path);
        var outcomes = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            using var form = new MultipartFormDataContent
            {
                { new ByteArrayContent(Encoding.UTF8.GetBytes("Số: 1/KH-UBND\n\nIII. NHIỆM VỤ\n\n- Sở Y tế chủ trì kiểm tra an toàn thực phẩm.")), "files", "plan.txt" },
            };
            using var response = await host.Http.PostAsync("/api/documents", form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            outcomes.Add(body[0].GetProperty("outcome").GetString()!);
        }

        Assert.Equal(["accepted", "duplicate"], outcomes);
        Assert.Single((await host.GetJsonAsync("/api/documents")).EnumerateArray());
    }

    [Fact]
    public async Task A_malformed_query_gets_400_with_a_message()
    {
        await using var host = await RunningHost.StartAsync(_data.Path);
        using var response = await host.Http.GetAsync("/api/search?q=" + Uri.EscapeDataString("owner:\"Sở"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("close every quote", body);
        Assert.Contains("Thiếu dấu ngoặc kép", body);
    }

    public void Dispose() => _data.Dispose();
}
