namespace Ingest.Core.Text;

/// <summary>The text of a whole document, page by page.</summary>
public sealed record DocumentText(IReadOnlyList<PageText> Pages)
{
    /// <summary>All pages joined by a form feed, the page separator of the CLI and of OCR output.</summary>
    public string FullText => string.Join('\f', Pages.Select(p => p.Text));

    /// <summary>
    /// For scanned input: the page images with an invisible text layer (a searchable PDF), kept beside the
    /// original. Null when no page was OCR'd or when it was not asked for.
    /// </summary>
    public byte[]? SearchablePdf { get; init; }

    public static DocumentText SinglePage(string text, TextMethod method) =>
        new([new PageText(1, text, method)]);
}
