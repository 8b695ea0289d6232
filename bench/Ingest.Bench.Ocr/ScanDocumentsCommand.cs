using System.CommandLine;
using System.Text.Json;
using Ingest.Synthetic;

namespace Ingest.Bench.Ocr;

/// <summary>
/// scan-docs --split test --level light --out DIR [--only STEM …]: every page of the documents of one part of corpus/split.json
/// printed and scanned (synthetically) into DIR/&lt;stem&gt;.pdf, image only, so that extraction can be scored on OCR
/// output: ./ingest extract --json DIR/&lt;stem&gt;.pdf for each, then ./ingest eval corpus/gold --pred.
/// </summary>
public static class ScanDocumentsCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for <stem>.pdf", Required = true };
        var split = new Option<string>("--split") { Description = "Part of corpus/split.json", DefaultValueFactory = _ => "test" };
        var level = new Option<string>("--level") { Description = "Degradation level", DefaultValueFactory = _ => "light" };
        var only = new Option<string[]>("--only") { Description = "Only these documents of the split (stems)", AllowMultipleArgumentsPerToken = true };
        var plain = new Option<bool>("--plain") { Description = "Print the headings the markdown sets in bold in regular weight (as before 2026-12-05)" };
        var command = new Command("scan-docs", "Print and scan whole corpus documents into image-only PDFs.") { output, split, level, only, plain };
        command.SetAction(result =>
        {
            var root = BenchCorpus.RepositoryRoot;
            var degradation = Degradation.Named(result.GetValue(level)!);
            var folder = Directory.CreateDirectory(result.GetValue(output)!.FullName).FullName;
            using var splitFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "corpus", "split.json")));
            var renderer = new PageRenderer();
            var chosen = result.GetValue(only) ?? [];
            var stems = splitFile.RootElement.GetProperty(result.GetValue(split)!).EnumerateArray().Select(e => e.GetString()!)
                .Where(stem => chosen.Length == 0 || chosen.Contains(stem));
            foreach (var stem in stems)
            {
                var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "corpus", "gold", stem + ".json")));
                var file = gold.RootElement.GetProperty("document").GetProperty("file").GetString()!;
                var paragraphs = CorpusText.Printed(File.ReadAllText(Path.Combine(root, "corpus", "raw", file)))
                    .Select(p => result.GetValue(plain) ? p with { Bold = false } : p);
                var pages = renderer.Render(paragraphs, ScanFont.Available[0]).Select((p, i) => Degrader.Apply(p.Image, degradation, seed: i)).ToList();
                File.WriteAllBytes(Path.Combine(folder, stem + ".pdf"), ScanFiles.ImageOnlyPdf(pages, degradation.JpegQuality));
                Console.Error.WriteLine($"{stem}: {pages.Count} pages ({degradation.Name})");
            }
            return 0;
        });
        return command;
    }
}
