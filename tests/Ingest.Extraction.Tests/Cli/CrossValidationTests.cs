using System.Text.Json;
using Ingest.Cli.Commands;
using Ingest.Extraction.Evaluation;
using Ingest.Extraction.Tests.TestSupport;
using Ingest.TestSupport;
using static Ingest.Extraction.Tests.Cli.EvalCommandTests;
using static Ingest.Extraction.Tests.TestSupport.Make;

namespace Ingest.Extraction.Tests.Cli;

/// <summary>ingest eval --folds: every document extracted by models built without it.</summary>
public sealed class CrossValidationTests : IDisposable
{
    private readonly TempCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    [Fact]
    public void Every_document_is_held_out_exactly_once_and_never_trained_on_in_its_own_fold()
    {
        var documents = "e d c b a f g".Split(' ').Select(s => new GoldDocument(s, s + ".json", Directive([], document: Doc(s + ".txt")))).ToList();

        var folds = CrossValidation.Folds(documents, 3).ToList();

        Assert.Equal([1, 2, 3], folds.Select(f => f.Fold));
        Assert.Equal(documents.Select(d => d.Stem).Order(), folds.SelectMany(f => f.HeldOut).Select(d => d.Stem).Order());
        Assert.All(folds, f =>
        {
            Assert.Empty(f.HeldOut.Intersect(f.Training));
            Assert.Equal(documents.Count, f.HeldOut.Count + f.Training.Count);
        });
        Assert.Equal([3, 2, 2], folds.Select(f => f.HeldOut.Count));
    }

    [Fact]
    public void Real_directives_are_extracted_with_models_trained_on_the_other_fold()
    {
        // Two real corpus directives, each scored by a classifier and gazetteer built from the other one alone.
        foreach (var stem in new[] { "002_44adf504d2e229b2", "tp-ho-chi-minh-172-kh-ubnd" })
        {
            var gold = ExtractionFile.Read(Path.Combine(Corpus.Gold, stem + ".json"));
            File.Copy(Path.Combine(Corpus.Gold, stem + ".json"), Path.Combine(corpus.GoldDirectory, stem + ".json"));
            File.Copy(Corpus.Raw(gold.Document.File), Path.Combine(corpus.RawDirectory, gold.Document.File));
        }

        var saved = corpus.PredictionDirectory;
        var (exit, output, _) = Run(corpus.GoldDirectory, "--folds", "2", "--json", "--save-pred", saved);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(2, documents.Count);
        // The extractor ran on each (an empty extraction scores 0); the structure rules find most tasks without help.
        Assert.All(documents, d => Assert.True(d.GetProperty("tasks").GetProperty("f1").GetDouble() > 0.5, d.ToString()));
        // --save-pred wrote the held-out extractions, and scoring them again gives the same figures.
        var (rescored, again, _) = Run(corpus.GoldDirectory, "--pred", saved, "--json");
        Assert.Equal(0, rescored);
        using var rejson = JsonDocument.Parse(again);
        Assert.Equal(
            documents.Select(d => d.GetProperty("owners").ToString()),
            rejson.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("owners").ToString()));
    }

    [Fact]
    public void Folds_with_prediction_files_or_more_folds_than_documents_are_refused_with_the_reason()
    {
        corpus.AddGold("a", Directive([Task("Sở Y tế kiểm tra an toàn thực phẩm", null, Lead("Sở Y tế"))], document: Doc("a.txt")));

        var (withPred, _, predError) = Run(corpus.GoldDirectory, "--folds", "2", "--pred", corpus.PredictionDirectory);
        var (tooMany, _, foldsError) = Run(corpus.GoldDirectory, "--folds", "2");

        Assert.Equal(2, withPred);
        Assert.Contains("cannot score --pred", predError, StringComparison.Ordinal);
        Assert.Equal(2, tooMany);
        Assert.Contains("between 2 and the number of documents scored (1)", foldsError, StringComparison.Ordinal);
    }
}
