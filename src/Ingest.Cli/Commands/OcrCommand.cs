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
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(pages), result.GetValue(output)));
        return command;
    }

    private static int Run(FileInfo input, string? pageText, DirectoryInfo? output)
    {
        if (!input.Exists)
        {
            Console.Error.WriteLine($"File not found: {input.FullName}");
            return 2;
        }
        var range = PageRange.All;
        if (pageText is not null && !PageRange.TryParse(pageText, out range))
        {
            Console.Error.WriteLine($"--pages '{pageText}' is not a page range. Use 3, 1-3 or 5-.");
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
            Console.Error.WriteLine($"{input.Name}: {e.Reason} {e.Advice}");
            return 1;
        }
        progress.Finish();
        Console.Out.Write(text.FullText);
        Console.Out.WriteLine();
        foreach (var page in text.Pages)
        {
            Console.Error.WriteLine($"page {page.Number}: {PageSummary.Describe(page)}");
        }
        if (output is not null)
        {
            Write(input, text, output);
        }
        return 0;
    }

    private static void Write(FileInfo input, DocumentText text, DirectoryInfo output)
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
            Console.Error.WriteLine($"searchable PDF: {path}");
        }
        Console.Error.WriteLine($"page texts: {output.FullName}");
    }
}
