using Ingest.Extraction.Evaluation;

namespace Ingest.Extraction.Tests.Evaluation;

public class PrfScoreTests
{
    [Fact]
    public void Nothing_in_gold_and_nothing_predicted_is_perfect()
    {
        var score = new PrfScore(0, 0, 0);

        Assert.Equal((1.0, 1.0, 1.0), (score.Precision, score.Recall, score.F1));
    }

    [Fact]
    public void Nothing_predicted_against_some_gold_scores_zero()
    {
        var score = new PrfScore(0, 3, 0);

        Assert.Equal((0.0, 0.0, 0.0), (score.Precision, score.Recall, score.F1));
    }

    [Fact]
    public void Predictions_against_an_empty_gold_score_zero()
    {
        var score = new PrfScore(0, 0, 2);

        Assert.Equal((0.0, 0.0, 0.0), (score.Precision, score.Recall, score.F1));
    }

    [Fact]
    public void F1_is_the_harmonic_mean()
    {
        // P = 2/4 = 0.5, R = 2/2 = 1, F1 = 2·0.5·1 / 1.5 = 2/3.
        var score = new PrfScore(2, 2, 4);

        Assert.Equal(0.5, score.Precision);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(2.0 / 3, score.F1, 10);
    }

    [Fact]
    public void More_matches_than_items_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrfScore(3, 2, 5));
}
