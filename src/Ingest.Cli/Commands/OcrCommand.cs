using System.CommandLine;
using System.Globalization;
using Ingest.Core.Pipeline;
using Ingest.Core.Text;
using Ingest.Text;

namespace Ingest.Cli.Commands;

/// <summary>
/// ingest ocr FILE [--pages 1-3] [--out DIR]: the text of one file, page by page (form feed between pages) on standard
/// output; how each page was read on standard error. --out also writes page-NNN.txt files and the searchable PDF.
/// </summary>
public static class OcrCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A PDF, scan (.tif, .jpg, .png), .docx, .txt or .md" };
        var pages = new Option<string?>("--pages") { Description = "Pages to read: 3, 1-3 or 5- (default: all)" };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Also write page-NNN.txt files and, for scans, <name>.searchable.pdf into this folder" };
        var command = new Command("ocr", "Print the text of a file page by page: its text layer where good, OCR where not.") { file, pages, output };
        command.SetAction(result => Run(
            result.GetValue(file)!, result.GetValue(pages), result.GetValue(output),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo input, string? pageText, DirectoryInfo? output, TextWriter stdout, TextWriter stderr)
    {
        if (!input.Exists)
        {
            stderr.WriteLine($"File not found: {input.FullName}");
            return 2;
        }
        var range = PageRange.All;
        if (pageText is not null && !PageRange.TryParse(pageText, out range))
        {
            stderr.WriteLine($"--pages '{pageText}' is not a page range. Use 3, 1-3 or 5-.");
            return 2;
        }
        using var progress = new OcrProgress();
        var options = TextReadOptions.Default with { Pages = range, SearchablePdf = output is not null, Progress = progress };
        DocumentText text;
        try
        {
            text = CliOcr.Sources(options).Read(input.Name, File.ReadAllBytes(input.FullName));
        }
        catch (RejectedInputException e)
        {
            progress.Finish();
            stderr.WriteLine($"{input.Name}: {e.Reason} {e.Advice}");
            return 1;
        }
        progress.Finish();
        stdout.Write(text.FullText);
        stdout.WriteLine();
        foreach (var page in text.Pages)
        {
            stderr.WriteLine($"page {page.Number}: {PageSummary.Describe(page)}");
        }
        if (output is not null)
        {
            Write(input, text, output, stderr);
        }
        return 0;
    }

    private static void Write(FileInfo input, DocumentText text, DirectoryInfo output, TextWriter stderr)
    {
        output.Create();
        foreach (var page in text.Pages)
        {
            File.WriteAllText(Path.Combine(output.FullName, $"page-{page.Number.ToString("000", CultureInfo.InvariantCulture)}.txt"), page.Text + "\n");
        }
        if (text.SearchablePdf is { } pdf)
        {
            var path = Path.Combine(output.FullName, Path.GetFileNameWithoutExtension(input.Name) + ".searchable.pdf");
            File.WriteAllBytes(path, pdf);
            stderr.WriteLine($"searchable PDF: {path}");
        }
        stderr.WriteLine($"page texts: {output.FullName}");
    }
}
