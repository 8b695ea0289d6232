using Ingest.Cli.Commands;
using Ingest.Extraction.Evaluation;
using Ingest.TestSupport;

namespace Ingest.Extraction.Tests;

/// <summary>
/// A floor under the extractor's quality on the held-out test split of corpus/gold (never used for tuning), so a
/// change that breaks extraction fails here. The floors sit a little under the figures recorded in bench/RESULTS.md.
/// </summary>
public class ExtractionQualityTests
{
    private static readonly Lazy<ScoreSet> TestSplit = new(() =>
    {
        var raw = CorpusLayout.RawDirectory(Corpus.Gold);
        return GoldCorpus.Load(Corpus.Gold, "test", _ => { })
            .Select(g => ExtractionScorer.Score(g.Extraction, ExtractCommand.Extract(Path.Combine(raw, g.Extraction.Document.File))))
            .Aggregate(ScoreSet.None, (a, b) => a + b);
    });

    [Fact]
    public void Tasks_on_the_test_split() => Assert.InRange(TestSplit.Value.Tasks.F1, 0.85, 1);

    [Fact]
    public void Deadlines_on_the_test_split() => Assert.InRange(TestSplit.Value.Deadlines.Share ?? 0, 0.85, 1);

    [Fact]
    public void Targets_on_the_test_split() => Assert.InRange(TestSplit.Value.Targets.F1, 0.65, 1);

    [Fact]
    public void Owners_on_the_test_split() => Assert.InRange(TestSplit.Value.Owners.F1, 0.60, 1);

    [Fact]
    public void Document_fields_on_the_test_split() => Assert.InRange(TestSplit.Value.DocumentFields.Share ?? 0, 0.95, 1);
}

/// <summary>
/// A floor under the figures on the written development documents of corpus/dev (tuned on, so not a measure of
/// quality): the forms fixed there stay fixed. The floors sit a little under bench/RESULTS.md's ninth-session figures.
/// </summary>
public class DevelopmentCorpusQualityTests
{
    private static readonly Lazy<ScoreSet> Development = new(() =>
    {
        var raw = CorpusLayout.RawDirectory(Corpus.DevelopmentGold);
        return GoldCorpus.Load(Corpus.DevelopmentGold, "all", _ => { })
            .Select(g => ExtractionScorer.Score(g.Extraction, ExtractCommand.Extract(Path.Combine(raw, g.Extraction.Document.File))))
            .Aggregate(ScoreSet.None, (a, b) => a + b);
    });

    [Fact]
    public void Tasks_owners_deadlines_and_targets_on_the_development_documents()
    {
        var scores = Development.Value;
        Assert.InRange(scores.Tasks.F1, 0.95, 1);
        Assert.InRange(scores.Owners.F1, 0.90, 1);
        Assert.InRange(scores.Deadlines.Share ?? 0, 0.92, 1);
        Assert.InRange(scores.Targets.F1, 0.75, 1);
    }
}
