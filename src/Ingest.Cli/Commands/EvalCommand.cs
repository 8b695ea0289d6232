using System.CommandLine;
using Ingest.Core.Extraction;
using Ingest.Core.Pipeline;
using Ingest.Extraction.Evaluation;

namespace Ingest.Cli.Commands;

/// <summary>
/// ingest eval GOLD_DIR [--pred PRED_DIR] [--split train|test|all] [--json] [--folds K] [--save-pred DIR]: scores
/// extractions against the gold files (spec: "Scoring"). Exit 0 whatever the scores; 2 when an input cannot be used.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<DirectoryInfo>("gold-dir") { Description = "Folder of gold files (corpus/gold); raw files are read from its sibling raw/" };
        var pred = new Option<DirectoryInfo?>("--pred") { Description = "Folder of predicted extractions, PRED_DIR/<stem>.json (missing = empty). Default: run the extractor on the raw files" };
        var split = new Option<string>("--split") { Description = "Part of corpus/split.json to score", DefaultValueFactory = _ => CorpusSplit.All };
        split.AcceptOnlyFromAmong("train", "test", CorpusSplit.All);
        var json = new Option<bool>("--json") { Description = "Print the scores as one JSON object" };
        var folds = new Option<int?>("--folds")
        {
            Description = "Cross-validate within the split: K folds by document, each extracted with a classifier and gazetteer built from the other folds only (K = documents: leave-one-out)",
        };
        var save = new Option<DirectoryInfo?>("--save-pred")
        {
            Description = "Also write each extraction the run makes to DIR/<stem>.json (with --folds: the held-out extractions), to read the errors behind the scores",
        };
        var command = new Command("eval", "Score extractions against the gold files: tasks, owners, deadlines, targets, document fields.")
        {
            gold, pred, split, json, folds, save,
        };
        command.SetAction(result => Run(
            result.GetValue(gold)!,
            result.GetValue(pred),
            result.GetValue(split) ?? CorpusSplit.All,
            result.GetValue(json),
            result.GetValue(folds),
            result.GetValue(save),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(DirectoryInfo goldDirectory, DirectoryInfo? predictionDirectory, string split, bool json, int? folds, DirectoryInfo? saveDirectory, TextWriter output, TextWriter error)
    {
        try
        {
            if (predictionDirectory is { Exists: false })
            {
                throw new EvaluationInputException($"Prediction folder not found: {predictionDirectory.FullName}");
            }
            var golds = GoldCorpus.Load(goldDirectory.FullName, split, stem => error.WriteLine($"warning: {CorpusSplit.FileName} names {stem}, which has no gold file; skipped."));
            if (golds.Count == 0)
            {
                throw new EvaluationInputException($"No gold files (*.json) for split '{split}' in {goldDirectory.FullName}");
            }
            if (folds is not null && predictionDirectory is not null)
            {
                throw new EvaluationInputException("--folds runs the extractor with models trained on the other folds; it cannot score --pred files.");
            }
            if (saveDirectory is not null && predictionDirectory is not null)
            {
                throw new EvaluationInputException("--save-pred writes the extractions this run makes; with --pred it makes none.");
            }
            saveDirectory?.Create();
            var rawDirectory = CorpusLayout.RawDirectory(goldDirectory.FullName);
            DirectiveExtraction Extract(GoldDocument g, Extraction.DirectiveExtractor? extractor) =>
                Saved(g, RunExtractor(g, rawDirectory, error, extractor), saveDirectory);
            var documents = folds is { } k
                ? CrossValidation.Score(goldDirectory.FullName, golds, k, Extract)
                : golds
                    .Select(g => new DocumentScore(
                        g.Stem,
                        g.Extraction.Document.File,
                        ExtractionScorer.Score(g.Extraction, predictionDirectory is null ? Extract(g, null) : ReadPrediction(g, predictionDirectory))))
                    .ToList();
            var report = new EvaluationReport(documents);
            if (json)
            {
                output.WriteLine(EvaluationReportJson.Write(report, split));
            }
            else
            {
                EvaluationReportTable.Write(report, folds is { } count ? $"{split}, {count}-fold cross-validation (each document extracted with models built without it)" : split, output);
            }
            return 0;
        }
        catch (EvaluationInputException e)
        {
            error.WriteLine(e.Message);
            return 2;
        }
    }

    private static DirectiveExtraction Saved(GoldDocument gold, DirectiveExtraction extraction, DirectoryInfo? saveDirectory)
    {
        if (saveDirectory is not null)
        {
            File.WriteAllText(Path.Combine(saveDirectory.FullName, gold.Stem + ".json"), ExtractionJson.Serialize(extraction));
        }
        return extraction;
    }

    /// <summary>A missing prediction file is an extractor that found nothing, not an input error.</summary>
    private static DirectiveExtraction ReadPrediction(GoldDocument gold, DirectoryInfo predictionDirectory)
    {
        var path = Path.Combine(predictionDirectory.FullName, gold.Stem + ".json");
        return File.Exists(path) ? ExtractionFile.Read(path) : ExtractionFile.Empty(gold.Extraction.Document.File);
    }

    /// <summary>
    /// A raw file that is missing or rejected is scored as an empty extraction, with a warning, so one bad file
    /// does not hide the scores of the others.
    /// </summary>
    private static DirectiveExtraction RunExtractor(GoldDocument gold, string rawDirectory, TextWriter error, Extraction.DirectiveExtractor? extractor = null)
    {
        var file = gold.Extraction.Document.File;
        var path = Path.Combine(rawDirectory, file);
        if (!File.Exists(path))
        {
            error.WriteLine($"warning: {gold.Path}: raw file {path} not found; scored as an empty extraction.");
            return ExtractionFile.Empty(file);
        }
        try
        {
            return ExtractCommand.Extract(path, extractor);
        }
        catch (RejectedInputException e)
        {
            error.WriteLine($"warning: {path}: {e.Reason} {e.Advice} Scored as an empty extraction.");
            return ExtractionFile.Empty(file);
        }
    }
}
