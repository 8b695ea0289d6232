using System.CommandLine;
using Ingest.Cli.Commands;
using Ingest.Synthetic;
using Ingest.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace Ingest.Cli.Tests;

/// <summary>ingest ocr, run through its command over a PDF of one text page and one scanned page.</summary>
public sealed class OcrCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string MixedPdf()
    {
        var font = ScanFont.Available[0];
        var scan = new PageRenderer().Render(["Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành."], font, maxLinesPerPage: 3).First();
        var path = _temp.Combine("kế-hoạch.pdf");
        File.WriteAllBytes(path, PdfMerger.Merge([ScanFiles.TextPdf(["KẾ HOẠCH thực hiện năm 2025 của Ủy ban nhân dân tỉnh"], font), ScanFiles.ImageOnlyPdf([scan.Image])]));
        return path;
    }

    [Fact]
    public void Prints_pages_separated_by_a_form_feed_and_tells_how_each_was_read()
    {
        var (exit, output, error) = Run("ocr", MixedPdf());
        Assert.Equal(0, exit);
        var pages = output.TrimEnd('\n').Split('\f');
        Assert.Equal(2, pages.Length);
        Assert.StartsWith("KẾ HOẠCH thực hiện", pages[0]);
        Assert.Contains("chủ trì", pages[1]);
        Assert.Contains("page 1: text layer", error);
        Assert.Matches(@"page 2: OCR, confidence \d+", error);
    }

    [Fact]
    public void Writes_page_texts_and_the_searchable_pdf_with_out()
    {
        var output = _temp.Combine("out");
        var (exit, _, _) = Run("ocr", MixedPdf(), "--pages", "2", "--out", output);
        Assert.Equal(0, exit);
        Assert.Contains("chủ trì", File.ReadAllText(Path.Combine(output, "page-002.txt")));
        Assert.False(File.Exists(Path.Combine(output, "page-001.txt")));
        using var searchable = PdfDocument.Open(Path.Combine(output, "kế-hoạch.searchable.pdf"));
        Assert.Equal(1, searchable.NumberOfPages);
    }

    [Fact]
    public void A_bad_page_range_or_a_rejected_file_is_an_error_with_the_reason()
    {
        Assert.Equal(2, Run("ocr", MixedPdf(), "--pages", "3-1").Exit);
        var empty = _temp.Combine("empty.pdf");
        File.WriteAllBytes(empty, []);
        var (exit, _, error) = Run("ocr", empty);
        Assert.Equal(1, exit);
        Assert.Contains("empty", error);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { OcrCommand.Create() };
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
