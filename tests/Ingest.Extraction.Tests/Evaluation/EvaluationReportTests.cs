using Ingest.Extraction.Evaluation;

namespace Ingest.Extraction.Tests.Evaluation;

public class EvaluationReportTests
{
    [Fact]
    public void Totals_sum_the_counts_before_dividing()
    {
        var perfect = ScoreSet.None with { Tasks = new PrfScore(1, 1, 1), Deadlines = new Accuracy(1, 1) };
        var missed = ScoreSet.None with { Tasks = new PrfScore(0, 3, 0), Deadlines = new Accuracy(0, 3) };

        var report = new EvaluationReport([new DocumentScore("a", "a.txt", perfect), new DocumentScore("b", "b.txt", missed)]);

        // Micro: 1 matched, 4 gold, 1 predicted. P = 1/1 = 1, R = 1/4, F1 = 2·1·0.25 / 1.25 = 0.4
        // (the macro mean of the F1s would be (1 + 0) / 2 = 0.5). Deadlines: (1 + 0) / (1 + 3) = 0.25.
        Assert.Equal(new PrfScore(1, 4, 1), report.Totals.Tasks);
        Assert.Equal(0.4, report.Totals.Tasks.F1, 10);
        Assert.Equal(0.25, report.Totals.Deadlines.Share);
    }
}
