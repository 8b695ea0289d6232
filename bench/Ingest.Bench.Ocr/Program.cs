using System.CommandLine;
using Ingest.Bench.Ocr;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var root = new RootCommand("OCR benchmarks of Ingest: synthetic scans, accuracy per model and degradation, throughput, text-layer PDFs.")
{
    SynthCommand.Create(),
    AccuracyBenchmark.Create(),
    ThroughputBenchmark.Create(),
    TextLayerBenchmark.Create(),
    ScanDocumentsCommand.Create(),
    RepairBenchmark.Create(),
};
return await root.Parse(args).InvokeAsync();
