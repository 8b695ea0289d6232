using System.Globalization;
using Ingest.Core.Text;

namespace Ingest.Cli.Commands;

/// <summary>How a page's text was obtained, in a few words: "OCR, confidence 91", "text layer".</summary>
public static class PageSummary
{
    public static string Describe(PageText page) => page.Method switch
    {
        TextMethod.Ocr => $"OCR, confidence {page.Confidence?.ToString("0", CultureInfo.InvariantCulture) ?? "?"}",
        TextMethod.TextLayer => "text layer",
        _ => "plain text",
    };
}
