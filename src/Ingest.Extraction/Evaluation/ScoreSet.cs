namespace Ingest.Extraction.Evaluation;

/// <summary>
/// Every score of the scoring rules, as counts. One document's scores, or the sum over several documents:
/// adding sets adds their counts, so the totals are micro-averages.
/// </summary>
public sealed record ScoreSet(
    PrfScore Tasks,
    PrfScore Owners,
    Accuracy Deadlines,
    PrfScore Targets,
    Accuracy TargetAttributes,
    Accuracy DocumentFields)
{
    public static ScoreSet None { get; } =
        new(PrfScore.None, PrfScore.None, Accuracy.None, PrfScore.None, Accuracy.None, Accuracy.None);

    public static ScoreSet operator +(ScoreSet a, ScoreSet b) => new(
        a.Tasks + b.Tasks,
        a.Owners + b.Owners,
        a.Deadlines + b.Deadlines,
        a.Targets + b.Targets,
        a.TargetAttributes + b.TargetAttributes,
        a.DocumentFields + b.DocumentFields);
}
