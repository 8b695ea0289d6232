using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ingest.Web.Tests.Browser;

/// <summary>The search page in a real browser, on the real host, over directives taken in through the real pipeline.</summary>
[Collection(HostCollection.Name)]
public sealed partial class SearchPageTests(SearchPageHost site) : IClassFixture<SearchPageHost>
{
    private static async Task SearchAsync(IPage page, string query)
    {
        await page.FillAsync("#q", query);
        await page.PressAsync("#q", "Enter");
    }

    private static async Task<int> TotalAsync(IPage page)
    {
        var status = page.Locator("#search-status");
        await Expect(status).ToHaveTextAsync(FoundPattern());
        return int.Parse(FoundPattern().Match(await status.InnerTextAsync()).Groups[1].Value);
    }

    [GeneratedRegex(@"Tìm thấy (\d+) kết quả")]
    private static partial Regex FoundPattern();

    [Fact]
    public async Task A_query_typed_without_diacritics_finds_hits_written_with_them()
    {
        var page = await site.OpenAsync();

        await SearchAsync(page, "so y te");

        Assert.True(await TotalAsync(page) > 0);
        await Expect(page.Locator("#results .hit-text").First).ToContainTextAsync("Sở Y tế");
        await Expect(page.Locator("#results .hit-text mark").First).ToBeVisibleAsync();
        Assert.Contains("q=so+y+te", page.Url);
    }

    [Fact]
    public async Task Clicking_a_facet_narrows_the_results_to_its_count()
    {
        var page = await site.OpenAsync();
        await SearchAsync(page, "so y te");
        var total = await TotalAsync(page);

        // A place: the two directives come from two provinces, so each place holds part of the hits.
        var facet = page.Locator("#facets button[data-filter^='place:']").First;
        var count = int.Parse(await facet.Locator(".count").InnerTextAsync());
        var place = await facet.Locator("span").First.InnerTextAsync();
        await facet.ClickAsync();

        await Expect(page.Locator("#search-status")).ToHaveTextAsync($"Tìm thấy {count} kết quả.");
        Assert.True(count < total, $"{count} of {total}");
        await Expect(page.Locator("#active-filters .chip")).ToContainTextAsync(place);
        await Expect(page.Locator("#facets button.active")).ToHaveCountAsync(1);
        Assert.Contains("filter=place", page.Url);
    }

    [Fact]
    public async Task An_agency_and_a_document_open_from_a_hit()
    {
        var page = await site.OpenAsync();
        await SearchAsync(page, "so y te");
        await TotalAsync(page);

        var agency = page.Locator("#results a.owner").First;
        var name = (await agency.InnerTextAsync()).Split(" (")[0];
        await agency.ClickAsync();
        await Expect(page.Locator("#view-agency h2")).ToHaveTextAsync(name);
        await Expect(page.Locator("#view-agency")).ToContainTextAsync("Chủ trì (");
        await Expect(page.Locator("#view-agency .group li").First).ToBeVisibleAsync();

        await page.Locator("#view-agency .group h4 a").First.ClickAsync();
        await Expect(page.Locator("#view-document")).ToBeVisibleAsync();
        await Expect(page.Locator("#view-document")).ToContainTextAsync("Số, ký hiệu");
        await Expect(page.Locator("#view-document")).ToContainTextAsync("Nhiệm vụ và chỉ tiêu (");
        await Expect(page.Locator("#view-document .hit").First).ToBeVisibleAsync();
        await Expect(page.Locator("#view-search")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_malformed_query_shows_a_vietnamese_message_and_no_error_page()
    {
        var page = await site.OpenAsync();

        var answer = await page.RunAndWaitForResponseAsync(
            () => SearchAsync(page, "owner:\"Sở"), response => response.Url.Contains("/api/search"));

        Assert.Equal(400, answer.Status);
        var status = page.Locator("#search-status");
        await Expect(status).ToHaveClassAsync(new Regex(@"\berror\b"));
        await Expect(status).ToContainTextAsync("Thiếu dấu ngoặc kép");
        await Expect(page.Locator("#results .hit")).ToHaveCountAsync(0);
        await Expect(page.Locator("body")).Not.ToContainTextAsync("Exception");
        await Expect(page.Locator("#q")).ToHaveValueAsync("owner:\"Sở");
    }
}
