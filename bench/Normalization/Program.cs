using System.Diagnostics;
using System.Text;
using Ingest.Bench.Normalization;
using Ingest.Core.Vietnamese;

// Normalisation + OCR repair throughput on one core over the corpus text, against string.Normalize(FormC) over
// the same text in the same run. Usage: dotnet run -c Release --project bench/Normalization [-- CORPUS_DIR]
var folder = args.Length > 0 ? args[0] : Path.Combine(RepositoryRoot.Find(), "corpus", "raw");
var texts = Directory.GetFiles(folder, "*.md").Concat(Directory.GetFiles(folder, "*.txt"))
    .Order(StringComparer.Ordinal)
    .Select(File.ReadAllText)
    .ToArray();
var megabytes = texts.Sum(t => Encoding.UTF8.GetByteCount(t)) / 1_000_000.0;

if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
{
    Process.GetCurrentProcess().ProcessorAffinity = 1; // one core
}

var repairer = OcrRepairer.Default;
var repairs = texts.Sum(t => repairer.Repair(t).Repairs.Count);
var (rates, ratios) = Measure.Compare(
    megabytes,
    () =>
    {
        foreach (var text in texts)
        {
            GC.KeepAlive(text.Normalize(NormalizationForm.FormC));
        }
    },
    () =>
    {
        foreach (var text in texts)
        {
            GC.KeepAlive(VietnameseText.Normalize(text));
        }
    },
    () =>
    {
        foreach (var text in texts)
        {
            GC.KeepAlive(repairer.Repair(text)); // Repair normalises first
        }
    });

Console.WriteLine($"corpus: {texts.Length} files of {folder}, {megabytes:F2} MB UTF-8, {repairs} repairs per pass");
Console.WriteLine($"string.Normalize(FormC) (reference): {rates[0],8:F1} MB/s");
Console.WriteLine($"VietnameseText.Normalize:            {rates[1],8:F1} MB/s  ({ratios[1]:F3} × reference)");
Console.WriteLine($"Normalize + OcrRepairer.Repair:      {rates[2],8:F1} MB/s  ({ratios[2]:F3} × reference)");
