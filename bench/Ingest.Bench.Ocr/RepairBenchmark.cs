using System.CommandLine;
using System.Globalization;
using Ingest.Core.Vietnamese;
using Ingest.Synthetic;
using Ingest.Text;
using Ingest.Text.Evaluation;
using Ingest.Text.Images;
using Ingest.Text.Ocr;

namespace Ingest.Bench.Ocr;

/// <summary>
/// repair [--pages N]: CER and diacritics-insensitive CER of OCR output per degradation level, before and after the
/// OCR repair of the normalisation stage (Ingest.Core.Vietnamese.OcrRepairer), on the same synthetic pages in the same
/// run, with the default OCR model. The repair must lower CER at every level.
/// </summary>
public static class RepairBenchmark
{
    public static Command Create()
    {
        var pages = new Option<int>("--pages") { Description = "Pages per level", DefaultValueFactory = _ => 6 };
        var command = new Command("repair", "CER before and after OCR repair, per degradation level.") { pages };
        command.SetAction(result => Run(result.GetValue(pages)));
        return command;
    }

    private static int Run(int pageCount)
    {
        var clean = BenchCorpus.Pages(pageCount);
        Console.WriteLine($"Machine: {MachineInfo.Describe()}; {clean.Count} A4 pages at 300 dpi per level");
        Console.WriteLine();
        Console.WriteLine("| level | CER before | CER after | without diacritics before | after | repairs/page |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        using var pool = new OcrEnginePool(OcrSettings.Default);
        var recognizer = new PageRecognizer(pool);
        var options = TextReadOptions.Default with { SearchablePdf = false, Limits = ImageLimits.Default with { PageOcrTimeout = TimeSpan.FromMinutes(10) } };
        foreach (var level in Degradation.Levels)
        {
            var images = clean.Select((p, i) => Degrader.Apply(p.Image, level, seed: i)).ToList();
            var jobs = images.Select((g, i) => new OcrJob(i + 1, () => BenchImages.Decode(g))).ToList();
            var results = recognizer.Recognize(jobs, options, CancellationToken.None);
            int reference = 0, before = 0, after = 0, beforeFolded = 0, afterFolded = 0, repairs = 0;
            for (var i = 0; i < results.Count; i++)
            {
                var ocr = VietnameseText.Normalize(results[i].Page.Text);
                var repaired = OcrRepairer.Default.Repair(ocr);
                var b = ErrorRateEvaluator.Evaluate(clean[i].GroundTruth, ocr);
                var a = ErrorRateEvaluator.Evaluate(clean[i].GroundTruth, repaired.Text);
                reference += b.ReferenceCharacters;
                before += b.CharacterEdits;
                after += a.CharacterEdits;
                beforeFolded += b.CharacterEditsWithoutDiacritics;
                afterFolded += a.CharacterEditsWithoutDiacritics;
                repairs += repaired.Repairs.Count;
            }
            double Rate(int edits) => reference == 0 ? 0 : (double)edits / reference;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {level.Name} | {Rate(before):P2} | {Rate(after):P2} | {Rate(beforeFolded):P2} | {Rate(afterFolded):P2} | {(double)repairs / results.Count:0.0} |"));
        }
        return 0;
    }
}
