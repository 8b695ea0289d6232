using System.CommandLine;
using System.Globalization;
using Ingest.Synthetic;

namespace Ingest.Bench.Ocr;

/// <summary>
/// synth --out DIR [--pages N] [--levels a,b]: synthetic scans of corpus pages with ground truth, per degradation
/// level: page-NNN.png and page-NNN.gt.txt, scan.pdf (image only) and scan.tif (G4 for bilevel, deflate otherwise).
/// </summary>
public static class SynthCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write into", Required = true };
        var pages = new Option<int>("--pages") { Description = "Pages per level", DefaultValueFactory = _ => 4 };
        var levels = new Option<string>("--levels") { Description = "Comma-separated levels: " + string.Join(",", Degradation.Levels.Select(l => l.Name)), DefaultValueFactory = _ => string.Join(",", Degradation.Levels.Select(l => l.Name)) };
        var command = new Command("synth", "Render corpus text into synthetic scans with ground truth.") { output, pages, levels };
        command.SetAction(result =>
        {
            var root = result.GetValue(output)!;
            var clean = BenchCorpus.Pages(result.GetValue(pages));
            foreach (var level in result.GetValue(levels)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Degradation.Named))
            {
                var folder = Directory.CreateDirectory(Path.Combine(root.FullName, level.Name)).FullName;
                var degraded = clean.Select((p, i) => Degrader.Apply(p.Image, level, seed: i)).ToList();
                for (var i = 0; i < clean.Count; i++)
                {
                    var stem = Path.Combine(folder, "page-" + (i + 1).ToString("000", CultureInfo.InvariantCulture));
                    File.WriteAllBytes(stem + ".png", SkiaGray.EncodePng(degraded[i]));
                    File.WriteAllText(stem + ".gt.txt", clean[i].GroundTruth + "\n");
                }
                File.WriteAllBytes(Path.Combine(folder, "scan.pdf"), ScanFiles.ImageOnlyPdf(degraded, level.JpegQuality));
                ScanFiles.Tiff(Path.Combine(folder, "scan.tif"), degraded, level.Bilevel);
                Console.Error.WriteLine($"{level.Name}: {clean.Count} pages in {folder}");
            }
            return 0;
        });
        return command;
    }
}
