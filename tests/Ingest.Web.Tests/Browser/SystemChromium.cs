using Microsoft.Playwright;

namespace Ingest.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium, driven by Playwright's own driver (shipped in its NuGet package; nothing is downloaded).
/// scripts/setup.sh --tests installs it; without it the browser tests fail and say so, never skip.
/// </summary>
public static class SystemChromium
{
    public const string Path = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(Path))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed ({Path} is missing), so the browser tests cannot run. Run scripts/setup.sh --tests.");
        }
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Path, Headless = true });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
