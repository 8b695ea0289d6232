using System.CommandLine;
using System.Diagnostics;
using Ingest.Core.Text;
using Ingest.Synthetic;
using Ingest.Text;
using Ingest.Text.Evaluation;
using Ingest.Text.Ocr;
using UglyToad.PdfPig.Writer;

namespace Ingest.Bench.Ocr;

/// <summary>
/// textlayer: pages per second of text extraction from born-digital PDFs (corpus text, several fonts), and the proof
/// that no page with a good text layer is OCR'd: no page reports OCR and the engine pool never made an engine. Then
/// a PDF mixing those pages with scans: exactly the scanned pages are OCR'd.
/// </summary>
public static class TextLayerBenchmark
{
    // 12 pt lines at 1.4 spacing from 1 inch down: 44 fit on A4 above the bottom margin.
    private const int LinesPerPage = 44;

    public static Command Create()
    {
        var pages = new Option<int>("--pages") { Description = "Pages of the born-digital PDF", DefaultValueFactory = _ => 200 };
        var command = new Command("textlayer", "Text-layer PDFs: pages per second, and no OCR of good pages.") { pages };
        command.SetAction(result => Run(result.GetValue(pages)));
        return command;
    }

    private static int Run(int count)
    {
        var lines = BenchCorpus.Lines().ToList();
        var pageTexts = Enumerable.Range(0, count)
            .Select(p => string.Join('\n', Enumerable.Range(0, LinesPerPage).Select(l => lines[(p * LinesPerPage + l) % lines.Count])))
            .ToList();
        var byFont = ScanFont.Available.Select((font, f) => (Font: font, Texts: pageTexts.Where((_, i) => i % ScanFont.Available.Count == f).ToList())).ToList();
        var pdf = PdfMerger.Merge(byFont.Select(g => ScanFiles.TextPdf(g.Texts, g.Font)).ToList());
        var expected = byFont.SelectMany(g => g.Texts).ToList();

        using var pool = new OcrEnginePool(OcrSettings.Default);
        var sources = TextSourceFactory.Create(pool, TextReadOptions.Default);
        sources.Read("warm-up.pdf", ScanFiles.TextPdf(pageTexts.Take(2), ScanFont.Available[0]));
        var clock = Stopwatch.StartNew();
        var text = sources.Read("digital.pdf", pdf);
        var seconds = clock.Elapsed.TotalSeconds;
        var ocrPages = text.Pages.Count(p => p.Method == TextMethod.Ocr);
        var enginesForDigital = pool.EnginesCreated;
        Console.WriteLine($"Machine: {MachineInfo.Describe()}");
        Console.WriteLine($"born-digital PDF: {text.Pages.Count} pages ({pdf.Length / 1024} KiB, {ScanFont.Available.Count} fonts) in {seconds:0.00} s = {text.Pages.Count / seconds:0.0} pages/s");
        var cer = text.Pages.Select((p, i) => ErrorRateEvaluator.Evaluate(expected[i], p.Text).Cer).Average();
        Console.WriteLine($"mean CER of the extracted text against the text drawn: {cer:P3}");
        Console.WriteLine($"pages read from the text layer: {text.Pages.Count(p => p.Method == TextMethod.TextLayer)}, OCR'd: {ocrPages}, OCR engines created: {enginesForDigital}");

        var scans = BenchCorpus.Pages(2).Select(p => p.Image).ToList();
        var mixed = PdfMerger.Merge([ScanFiles.TextPdf(pageTexts.Take(10), ScanFont.Available[0]), ScanFiles.ImageOnlyPdf(scans), ScanFiles.TextPdf(pageTexts.Skip(10).Take(10), ScanFont.Available[1])]);
        var mixedText = sources.Read("mixed.pdf", mixed);
        var ocrd = mixedText.Pages.Where(p => p.Method == TextMethod.Ocr).Select(p => p.Number).ToList();
        Console.WriteLine($"mixed PDF: {mixedText.Pages.Count} pages, scans at pages 11-12; OCR'd pages: {string.Join(", ", ocrd)}");
        return ocrPages == 0 && enginesForDigital == 0 && ocrd.SequenceEqual([11, 12]) ? 0 : 1;
    }
}
