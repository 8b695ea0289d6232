namespace Ingest.Extraction.Evaluation;

/// <summary>The per-document scores of an evaluation run and their micro-averaged totals.</summary>
public sealed record EvaluationReport
{
    public EvaluationReport(IReadOnlyList<DocumentScore> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Documents = documents;
        Totals = documents.Aggregate(ScoreSet.None, (sum, d) => sum + d.Scores);
    }

    public IReadOnlyList<DocumentScore> Documents { get; }

    /// <summary>The sum of every document's counts; its ratios are micro-averages.</summary>
    public ScoreSet Totals { get; }
}
