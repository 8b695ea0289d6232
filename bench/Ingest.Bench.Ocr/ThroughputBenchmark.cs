using System.CommandLine;
using System.Globalization;
using Ingest.Synthetic;
using Ingest.Text.Evaluation;
using Ingest.Text.Ocr;

namespace Ingest.Bench.Ocr;

/// <summary>
/// throughput: pages per minute of `./ingest ocr` on a multi-page TIFF of N synthetic pages, against the tesseract
/// CLI on the same page images with the same parallelism (xargs -P cores, OMP_THREAD_LIMIT=1), model and settings,
/// in the same run. Prints both rates and their ratio.
/// </summary>
public static class ThroughputBenchmark
{
    public static Command Create()
    {
        var pages = new Option<int>("--pages") { Description = "Pages in the batch", DefaultValueFactory = _ => 40 };
        var level = new Option<string>("--level") { Description = "Degradation level of the pages", DefaultValueFactory = _ => "light" };
        var container = new Option<string>("--container") { Description = "What ./ingest ocr reads: tif (one multi-page TIFF) or pdf (an image-only PDF of JPEG pages, as scanners make)", DefaultValueFactory = _ => "tif" };
        container.AcceptOnlyFromAmong("tif", "pdf");
        var command = new Command("throughput", "Pages per minute: ./ingest ocr against the tesseract CLI.") { pages, level, container };
        command.SetAction(result => Run(result.GetValue(pages), Degradation.Named(result.GetValue(level)!), result.GetValue(container)!));
        return command;
    }

    private static int Run(int count, Degradation level, string container)
    {
        var root = BenchCorpus.RepositoryRoot;
        var folder = Directory.CreateDirectory(Path.Combine(root, ".dev", "throughput")).FullName;
        foreach (var old in Directory.GetFiles(folder)) File.Delete(old);
        var clean = BenchCorpus.Pages(count);
        var degraded = clean.Select((p, i) => Degrader.Apply(p.Image, level, seed: i)).ToList();
        for (var i = 0; i < degraded.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"page-{i + 1:000}.png"), SkiaGray.EncodePng(degraded[i]));
        }
        if (container == "pdf")
        {
            File.WriteAllBytes(Path.Combine(folder, "scan.pdf"), ScanFiles.ImageOnlyPdf(degraded, jpegQuality: 90));
        }
        else
        {
            ScanFiles.Tiff(Path.Combine(folder, "scan.tif"), degraded, level.Bilevel);
        }

        var settings = OcrSettings.Default;
        var cores = Environment.ProcessorCount;
        var environment = new Dictionary<string, string> { ["INGEST_TESSDATA"] = settings.TessdataDirectory, ["OMP_THREAD_LIMIT"] = "1" };
        Shell.Time($"cd '{root}' && ./ingest --help", environment); // builds the CLI if needed; not timed

        var tesseractCommand = string.Create(CultureInfo.InvariantCulture,
            $"cd '{folder}' && ls page-*.png | OMP_THREAD_LIMIT=1 xargs -P {cores} -I{{}} tesseract {{}} {{}} --tessdata-dir '{settings.TessdataDirectory}' -l {settings.Language} --oem 1 --psm 3 -c thresholding_method={settings.ThresholdingMethod}");
        var ingestCommand = $"cd '{root}' && ./ingest ocr '{folder}/scan.{container}' > '{folder}/ingest.txt'";
        var cli = Shell.Time(tesseractCommand, environment);
        var ours = Shell.Time(ingestCommand, environment);

        var ingestPages = File.ReadAllText(Path.Combine(folder, "ingest.txt")).TrimEnd('\n').Split('\f');
        var agreement = Enumerable.Range(0, count).Average(i =>
            ErrorRateEvaluator.Evaluate(File.ReadAllText(Path.Combine(folder, $"page-{i + 1:000}.png.txt")), ingestPages[i]).Cer);
        var cliRate = count / cli.TotalMinutes;
        var ourRate = count / ours.TotalMinutes;
        Console.WriteLine($"Machine: {MachineInfo.Describe()}");
        Console.WriteLine($"{count} pages ({level.Name}), model {settings.TessdataDirectory}, thresholding_method={settings.ThresholdingMethod}, {cores} workers each");
        Console.WriteLine($"tesseract CLI: {cli.TotalSeconds:0.0} s = {cliRate:0.0} pages/min   [{tesseractCommand}]");
        Console.WriteLine($"./ingest ocr:  {ours.TotalSeconds:0.0} s = {ourRate:0.0} pages/min   [{ingestCommand}]");
        Console.WriteLine($"ratio (ingest / tesseract CLI): {ourRate / cliRate:0.00}");
        Console.WriteLine($"mean CER between the two outputs: {agreement:P2}");
        return 0;
    }
}
