using Ingest.Core.Extraction;

namespace Ingest.Extraction.Evaluation;

/// <summary>Scores one predicted extraction against its gold extraction (spec: "Scoring").</summary>
public static class ExtractionScorer
{
    public static ScoreSet Score(DirectiveExtraction gold, DirectiveExtraction predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        // JSON input can carry null where the format has a list; score it as an empty list.
        var goldTasks = gold.Tasks ?? [];
        var predictedTasks = predicted.Tasks ?? [];
        var goldTargets = gold.Targets ?? [];
        var predictedTargets = predicted.Targets ?? [];

        var tasks = TaskPairing.Of(goldTasks, predictedTasks);
        var targets = TargetPairing.Of(goldTargets, predictedTargets);
        return new ScoreSet(
            tasks.Score,
            OwnerScore.Of(goldTasks, predictedTasks, tasks),
            DeadlineAccuracy.Of(goldTasks, predictedTasks, tasks),
            targets.Score,
            TargetAttributeAccuracy.Of(goldTargets, predictedTargets, targets),
            DocumentFieldAccuracy.Of(gold.Document, predicted.Document ?? new DocumentFields { File = gold.Document.File }));
    }
}
