using Ingest.TestSupport;
using Microsoft.Playwright;

namespace Ingest.Web.Tests.Browser;

/// <summary>
/// The real host with two seed directives taken in through its inbox (Điện Biên and Cần Thơ, both naming Sở Y tế),
/// and a headless Chromium to open its search page. Shared by the tests of a class.
/// </summary>
public sealed class SearchPageHost : IAsyncLifetime
{
    public static readonly string[] Seeds = [Corpus.DienBienSeed, "can-tho-165-kh-ubnd.md"];

    private readonly TempDirectory _data = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public RunningHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (_playwright, _browser) = await SystemChromium.LaunchAsync();
        Host = await RunningHost.StartAsync(_data.Path);
        foreach (var seed in Seeds)
        {
            File.Copy(Corpus.Raw(seed), System.IO.Path.Combine(Host.Paths.Inbox, seed));
        }
        await RunningHost.EventuallyAsync(
            () => Host.GetJsonAsync("/api/documents"),
            documents => documents.GetArrayLength() == Seeds.Length
                && documents.EnumerateArray().All(d => d.GetProperty("status").GetString() == "Indexed"));
    }

    /// <summary>A new page (its own context: no state left by another test) at <paramref name="path"/> of the host.</summary>
    public async Task<IPage> OpenAsync(string path = "/")
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { BaseURL = Host.Http.BaseAddress!.ToString(), Locale = "vi-VN" });
        await page.GotoAsync(path);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
        _data.Dispose();
    }
}
