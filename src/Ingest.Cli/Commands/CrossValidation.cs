using Ingest.Core.Extraction;
using Ingest.Extraction;
using Ingest.Extraction.Classification;
using Ingest.Extraction.Evaluation;

namespace Ingest.Cli.Commands;

/// <summary>
/// K-fold cross-validation by document: the documents (sorted by name) are dealt into K folds; each fold is
/// extracted by a classifier and a gazetteer built from the other folds only, so every document is scored as one
/// the models never saw. With K = the number of documents it is leave-one-out.
/// </summary>
public static class CrossValidation
{
    public static IReadOnlyList<DocumentScore> Score(
        string goldDir, IReadOnlyList<GoldDocument> documents, int folds, Func<GoldDocument, DirectiveExtractor, DirectiveExtraction> extract)
    {
        if (folds < 2 || folds > documents.Count)
        {
            throw new EvaluationInputException($"--folds must be between 2 and the number of documents scored ({documents.Count}); it was {folds}.");
        }
        var scores = new List<DocumentScore>();
        using var progress = new ProgressBar("Cross-validating", documents.Count);
        foreach (var (fold, heldOut, rest) in Folds(documents, folds))
        {
            var model = new SegmentClassifierTrainer().Train(GoldTraining.Samples(goldDir, rest), out _);
            var extractor = new DirectiveExtractor(SegmentClassifier.FromModel(model), GoldTraining.Gazetteer(rest));
            foreach (var gold in heldOut)
            {
                scores.Add(new DocumentScore(gold.Stem, gold.Extraction.Document.File, ExtractionScorer.Score(gold.Extraction, extract(gold, extractor))));
                progress.Report(gold.Stem, $"fold {fold}/{folds}");
            }
        }
        progress.Done($"{documents.Count} documents in {folds} folds");
        var order = documents.Select((d, i) => (d.Stem, i)).ToDictionary(x => x.Stem, x => x.i);
        return [.. scores.OrderBy(s => order[s.Stem])];
    }

    /// <summary>The documents, sorted by name, dealt into K folds (1-based): each fold's held-out documents and the others.</summary>
    public static IEnumerable<(int Fold, List<GoldDocument> HeldOut, List<GoldDocument> Training)> Folds(IReadOnlyList<GoldDocument> documents, int folds)
    {
        var ordered = documents.OrderBy(d => d.Stem, StringComparer.Ordinal).ToList();
        for (var fold = 0; fold < folds; fold++)
        {
            yield return (fold + 1, ordered.Where((_, i) => i % folds == fold).ToList(), ordered.Where((_, i) => i % folds != fold).ToList());
        }
    }
}
