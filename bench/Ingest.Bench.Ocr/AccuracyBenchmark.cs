using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Ingest.Synthetic;
using Ingest.Text;
using Ingest.Text.Evaluation;
using Ingest.Text.Images;
using Ingest.Text.Ocr;

namespace Ingest.Bench.Ocr;

/// <summary>
/// accuracy: CER, diacritics-insensitive CER and WER per degradation level for each model and thresholding method,
/// micro-averaged over the pages (edits summed, divided by reference length summed). Prints a markdown table.
/// </summary>
public static class AccuracyBenchmark
{
    public static Command Create()
    {
        var pages = new Option<int>("--pages") { Description = "Pages per level", DefaultValueFactory = _ => 4 };
        var models = new Option<string?>("--models") { Description = "name=tessdata-dir,... (default: every folder under .dev/tessdata, else Debian's)" };
        var thresholds = new Option<string>("--thresholds") { Description = "Tesseract thresholding_method values to try", DefaultValueFactory = _ => "0,2" };
        var levels = new Option<string>("--levels") { Description = "Degradation levels", DefaultValueFactory = _ => string.Join(",", Degradation.Levels.Select(l => l.Name)) };
        var orientation = new Option<string>("--orientation") { Description = "Orientation check of badly read pages: on, off or both", DefaultValueFactory = _ => "on" };
        orientation.AcceptOnlyFromAmong("on", "off", "both");
        var dpi = new Option<int>("--dpi") { Description = "Resolution the pages are scanned at", DefaultValueFactory = _ => 300 };
        var rescale = new Option<string>("--rescale") { Description = "Rescale pages outside 200–450 dpi to 300 before OCR: on, off or both", DefaultValueFactory = _ => "off" };
        rescale.AcceptOnlyFromAmong("on", "off", "both");
        var reread = new Option<string>("--reread") { Description = "Read weak lines again with both models (LineRereader): on, off or both", DefaultValueFactory = _ => "on" };
        reread.AcceptOnlyFromAmong("on", "off", "both");
        var bold = new Option<string>("--bold") { Description = "Headings the corpus sets in bold printed in bold: on or off", DefaultValueFactory = _ => "on" };
        bold.AcceptOnlyFromAmong("on", "off");
        var command = new Command("accuracy", "CER/WER per degradation level for each model.") { pages, models, thresholds, levels, orientation, dpi, rescale, reread, bold };
        command.SetAction(result => Run(
            result.GetValue(pages),
            Models(result.GetValue(models)),
            result.GetValue(thresholds)!.Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToList(),
            result.GetValue(levels)!.Split(',', StringSplitOptions.TrimEntries).Select(Degradation.Named).ToList(),
            result.GetValue(orientation) switch { "both" => [false, true], "off" => [false], _ => [true] },
            result.GetValue(dpi),
            result.GetValue(rescale) switch { "both" => [false, true], "on" => [true], _ => [false] },
            result.GetValue(reread) switch { "both" => [false, true], "off" => [false], _ => [true] },
            result.GetValue(bold) == "on"));
        return command;
    }

    private static int Run(int pageCount, IReadOnlyList<(string Name, string Directory)> models, IReadOnlyList<int> thresholds, IReadOnlyList<Degradation> levels, IReadOnlyList<bool> orientations, int dpi, IReadOnlyList<bool> rescales, IReadOnlyList<bool> rereads, bool bold)
    {
        var clean = BenchCorpus.Pages(pageCount, dpi, bold);
        var degraded = levels.ToDictionary(l => l.Name, l => clean.Select((p, i) => Degrader.Apply(p.Image, l, seed: i)).ToList());
        Console.WriteLine($"Machine: {MachineInfo.Describe()}; {clean.Count} A4 pages at {dpi} dpi per level, fonts: {string.Join(", ", clean.Select(p => p.FontName).Distinct())}, headings in bold: {(bold ? "yes" : "no")}");
        Console.WriteLine();
        Console.WriteLine("| model | thresholding | orientation check | reread weak lines | dpi | rescale to 300 | level | CER | CER without diacritics | WER | s/page |");
        Console.WriteLine("|---|---|---|---|---:|---|---|---:|---:|---:|---:|");
        foreach (var (name, directory) in models)
        foreach (var threshold in thresholds)
        foreach (var orientation in orientations)
        foreach (var rescale in rescales)
        foreach (var reread in rereads)
        {
            {
                using var pool = new OcrEnginePool(new OcrSettings { TessdataDirectory = directory, ThresholdingMethod = threshold, DetectOrientation = orientation, RereadWeakLines = reread, DownscaleAboveDpi = rescale ? 450 : 0, UpscaleBelowDpi = rescale ? 200 : 0 });
                var recognizer = new PageRecognizer(pool);
                var options = TextReadOptions.Default with { SearchablePdf = false, Limits = ImageLimits.Default with { PageOcrTimeout = TimeSpan.FromMinutes(10) } };
                var total = new Totals();
                foreach (var level in levels)
                {
                    var images = degraded[level.Name];
                    var jobs = images.Select((g, i) => new OcrJob(i + 1, () => BenchImages.Decode(g))).ToList();
                    var clock = Stopwatch.StartNew();
                    var results = recognizer.Recognize(jobs, options, CancellationToken.None);
                    var seconds = clock.Elapsed.TotalSeconds;
                    var totals = new Totals();
                    for (var i = 0; i < results.Count; i++)
                    {
                        totals.Add(ErrorRateEvaluator.Evaluate(clean[i].GroundTruth, results[i].Page.Text), seconds / results.Count);
                    }
                    total.Add(totals);
                    Console.WriteLine(Row(name, threshold, $"{(orientation ? "on" : "off")} | {(reread ? "on" : "off")}", $"{dpi} | {(rescale ? "on" : "off")}", level.Name, totals));
                }
                Console.WriteLine(Row(name, threshold, $"{(orientation ? "on" : "off")} | {(reread ? "on" : "off")}", $"{dpi} | {(rescale ? "on" : "off")}", "**all**", total));
            }
        }
        return 0;
    }

    private static string Row(string model, int threshold, string checks, string resolution, string level, Totals t) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {model} | {ThresholdName(threshold)} | {checks} | {resolution} | {level} | {t.Cer:P2} | {t.FoldedCer:P2} | {t.Wer:P2} | {t.SecondsPerPage:0.0} |");

    private static string ThresholdName(int method) => method switch { 0 => "0 Otsu", 1 => "1 LeptonicaOtsu", 2 => "2 Sauvola", _ => method.ToString(CultureInfo.InvariantCulture) };

    private static IReadOnlyList<(string, string)> Models(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            return text.Split(',').Select(p => p.Split('=', 2)).Select(p => (p[0], p[1])).ToList();
        }
        var dev = Path.Combine(BenchCorpus.RepositoryRoot, ".dev", "tessdata");
        var found = Directory.Exists(dev)
            ? Directory.GetDirectories(dev).Order(StringComparer.Ordinal).Where(d => File.Exists(Path.Combine(d, "vie.traineddata"))).Select(d => (Path.GetFileName(d), d)).ToList()
            : [];
        return found.Count > 0 ? found : [("debian", TessdataLocator.DebianDirectory)];
    }

    private sealed class Totals
    {
        private long _reference, _words, _edits, _wordEdits, _foldedEdits, _pages;
        private double _seconds;

        public double Cer => _reference == 0 ? 0 : (double)_edits / _reference;
        public double FoldedCer => _reference == 0 ? 0 : (double)_foldedEdits / _reference;
        public double Wer => _words == 0 ? 0 : (double)_wordEdits / _words;
        public double SecondsPerPage => _pages == 0 ? 0 : _seconds / _pages;

        public void Add(TextErrorRates rates, double seconds)
        {
            _reference += rates.ReferenceCharacters;
            _words += rates.ReferenceWords;
            _edits += rates.CharacterEdits;
            _wordEdits += rates.WordEdits;
            _foldedEdits += rates.CharacterEditsWithoutDiacritics;
            _pages++;
            _seconds += seconds;
        }

        public void Add(Totals other)
        {
            _reference += other._reference;
            _words += other._words;
            _edits += other._edits;
            _wordEdits += other._wordEdits;
            _foldedEdits += other._foldedEdits;
            _pages += other._pages;
            _seconds += other._seconds;
        }
    }
}
