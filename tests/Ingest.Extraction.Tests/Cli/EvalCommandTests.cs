using System.CommandLine;
using System.Text.Json;
using Ingest.Cli.Commands;
using Ingest.Core.Extraction;
using Ingest.Extraction.Tests.TestSupport;
using static Ingest.Extraction.Tests.TestSupport.Make;

namespace Ingest.Extraction.Tests.Cli;

/// <summary>The eval verb run through its System.CommandLine command over a temporary corpus.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly TempCorpus corpus = new();

    public EvalCommandTests()
    {
        // a: 1 task with 1 owner. b: 2 tasks with 1 owner each, 1 target.
        corpus.AddGold("a", Directive([Task("Sở Y tế kiểm tra an toàn thực phẩm", null, Lead("Sở Y tế"))], document: Doc("a.txt")));
        corpus.AddGold("b", Directive(
            [
                Task("Sở Xây dựng rà soát quy hoạch đô thị", null, Lead("Sở Xây dựng")),
                Task("Sở Tài chính bố trí kinh phí thực hiện", null, Lead("Sở Tài chính")),
            ],
            [Target("tỷ lệ đô thị hóa", 45, "%", "2030")],
            Doc("b.txt")));
    }

    public void Dispose() => corpus.Dispose();

    [Fact]
    public void Json_totals_are_micro_averaged_over_gold_files_and_a_missing_prediction_counts_as_empty()
    {
        corpus.AddPrediction("a", Directive([Task("Sở Y tế kiểm tra an toàn thực phẩm", null, Lead("Sở Y tế"))], document: Doc("a.txt")));

        var (exit, output, _) = Run(corpus.GoldDirectory, "--pred", corpus.PredictionDirectory, "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("document_count").GetInt32());
        // Tasks: 1 paired of 1 + 2 = 3 gold, 1 predicted. P = 1, R = 1/3 → 0.3333, F1 = 2·(1/3) / (4/3) = 0.5.
        Assert.Equal(1.0, root.GetProperty("tasks").GetProperty("precision").GetDouble());
        Assert.Equal(0.3333, root.GetProperty("tasks").GetProperty("recall").GetDouble());
        Assert.Equal(0.5, root.GetProperty("tasks").GetProperty("f1").GetDouble());
        // Owners the same way: 1 right of 3 gold, 1 predicted.
        Assert.Equal(0.5, root.GetProperty("owners").GetProperty("f1").GetDouble());
        // Targets: 1 gold, none predicted: 0. No paired target: no attribute accuracy.
        Assert.Equal(0.0, root.GetProperty("targets").GetProperty("f1").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("target_attribute_accuracy").ValueKind);
        // No gold task has a deadline: nothing scored.
        Assert.Equal(JsonValueKind.Null, root.GetProperty("deadline_accuracy").ValueKind);
        // Fields: the gold files set only the file name, so the 5 scored fields are null on both sides: 10/10.
        Assert.Equal(1.0, root.GetProperty("document_field_accuracy").GetDouble());
        Assert.Equal(3, root.GetProperty("counts").GetProperty("tasks").GetProperty("gold").GetInt32());
        var documents = root.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["a", "b"], documents.Select(d => d.GetProperty("document").GetString()));
        Assert.Equal(1.0, documents[0].GetProperty("tasks").GetProperty("f1").GetDouble());
        Assert.Equal(0.0, documents[1].GetProperty("tasks").GetProperty("f1").GetDouble());
    }

    [Fact]
    public void Split_scores_only_the_named_part()
    {
        corpus.Write("split.json", """{"train": ["a"], "test": ["b"]}""");

        var (exit, output, _) = Run(corpus.GoldDirectory, "--pred", corpus.PredictionDirectory, "--split", "test", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray();
        Assert.Equal(["b"], documents.Select(d => d.GetProperty("document").GetString()));
    }

    [Fact]
    public void The_table_shows_each_document_and_the_totals()
    {
        var (exit, output, _) = Run(corpus.GoldDirectory, "--pred", corpus.PredictionDirectory);

        Assert.Equal(0, exit);
        Assert.Contains("a ", output);
        Assert.Contains("b ", output);
        Assert.Contains("TOTAL (2)", output);
    }

    [Fact]
    public void Without_pred_the_extractor_runs_on_the_raw_files_next_to_the_gold_folder()
    {
        corpus.Write(Path.Combine("raw", "a.txt"), "ỦY BAN NHÂN DÂN\nKẾ HOẠCH\nII. NHIỆM VỤ\n1. Sở Y tế chủ trì kiểm tra an toàn thực phẩm trên địa bàn tỉnh.\n");

        var (exit, output, error) = Run(corpus.GoldDirectory, "--json");

        // b.txt is missing from raw/: a warning, and b is scored as an empty extraction.
        Assert.Equal(0, exit);
        Assert.Contains("b.txt", error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("document_count").GetInt32());
    }

    [Fact]
    public void A_missing_gold_folder_exits_2()
    {
        var (exit, _, error) = Run(Path.Combine(corpus.Root, "nowhere"));

        Assert.Equal(2, exit);
        Assert.Contains("Gold folder not found", error);
    }

    [Fact]
    public void An_unreadable_gold_file_exits_2_naming_the_file_and_the_JSON_error()
    {
        corpus.Write(Path.Combine("gold", "c.json"), """{"format": "directive-extraction/1", "document": {"file": "c.txt"}, "tasks": [}""");

        var (exit, _, error) = Run(corpus.GoldDirectory, "--pred", corpus.PredictionDirectory);

        Assert.Equal(2, exit);
        Assert.Contains("c.json", error);
        Assert.Contains("LineNumber", error);
    }

    [Fact]
    public void An_unreadable_prediction_exits_2_naming_the_file()
    {
        corpus.Write(Path.Combine("pred", "a.json"), "not json");

        var (exit, _, error) = Run(corpus.GoldDirectory, "--pred", corpus.PredictionDirectory);

        Assert.Equal(2, exit);
        Assert.Contains(Path.Combine("pred", "a.json"), error);
    }

    internal static DocumentFields Doc(string file) => new() { File = file };

    internal static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = EvalCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
