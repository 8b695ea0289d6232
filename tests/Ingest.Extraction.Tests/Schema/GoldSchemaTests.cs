using Ingest.Core.Extraction;
using Ingest.Extraction.Tests.TestSupport;
using NJsonSchema;
using NJsonSchema.Validation;
using static Ingest.Extraction.Tests.TestSupport.Make;

namespace Ingest.Extraction.Tests.Schema;

/// <summary>Every gold file, and what the extractor writes, against corpus/schema/directive-extraction-1.schema.json.</summary>
public class GoldSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "corpus", "schema", "directive-extraction-1.schema.json")))
            .GetAwaiter().GetResult());

    public static TheoryData<string> GoldFiles() => CorpusFiles("gold");

    /// <summary>The blind second annotation of the test split (agreement between annotators).</summary>
    public static TheoryData<string> SecondAnnotationFiles() => CorpusFiles("second-annotation");

    /// <summary>The written development documents (corpus/dev/gold).</summary>
    public static TheoryData<string> DevelopmentFiles() => CorpusFiles(Path.Combine("dev", "gold"));

    private static TheoryData<string> CorpusFiles(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "corpus", folder), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }
        return data;
    }

    [Fact]
    public void The_corpus_has_gold_files() => Assert.NotEmpty(GoldFiles());

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Gold_file_matches_the_schema(string file)
    {
        var errors = Schema.Value.Validate(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "corpus", "gold", file)));

        Assert.True(errors.Count == 0, $"corpus/gold/{file} does not match the schema:\n{Describe(errors)}");
    }

    [Theory]
    [MemberData(nameof(SecondAnnotationFiles))]
    public void Second_annotation_file_matches_the_schema(string file)
    {
        var errors = Schema.Value.Validate(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "corpus", "second-annotation", file)));

        Assert.True(errors.Count == 0, $"corpus/second-annotation/{file} does not match the schema:\n{Describe(errors)}");
    }

    [Theory]
    [MemberData(nameof(DevelopmentFiles))]
    public void Development_gold_file_matches_the_schema(string file)
    {
        var errors = Schema.Value.Validate(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "corpus", "dev", "gold", file)));

        Assert.True(errors.Count == 0, $"corpus/dev/gold/{file} does not match the schema:\n{Describe(errors)}");
    }

    [Fact]
    public void What_the_extraction_writer_produces_matches_the_schema()
    {
        var extraction = Directive(
            [Task("Sở Y tế chủ trì kiểm tra", new Deadline("Quý IV năm 2025", "2025", "2025-12-31", "annual"), Lead("Sở Y tế"), Support("Sở Tài chính"))],
            [Target("tỷ lệ hộ nghèo", 1.5m, "%", "2025", "decrease", "at_least", "2020")],
            new DocumentFields { File = "a.txt", Date = "2025-11-17" });

        var errors = Schema.Value.Validate(ExtractionJson.Serialize(extraction));

        Assert.True(errors.Count == 0, Describe(errors));
    }

    [Theory]
    [InlineData("\"role\": \"lead\"", "\"role\": \"owner\"")]
    [InlineData("\"due\": \"2025-12-31\"", "\"due\": \"31/12/2025\"")]
    [InlineData("\"comparator\": \"at_least\"", "\"comparator\": \"min\"")]
    [InlineData("\"recurrence\": \"annual\"", "\"recurrence\": \"yearly\"")]
    // A date-time string: the JSON reader must not turn it into a date that then passes the date pattern.
    [InlineData("\"due\": \"2025-12-31\"", "\"due\": \"2025-12-31T00:00:00\"")]
    [InlineData("\"direction\": \"decrease\"", "\"direction\": null")]
    public void The_schema_rejects_values_outside_the_format(string valid, string invalid)
    {
        var extraction = Directive(
            [Task("Sở Y tế chủ trì kiểm tra", Due("2025-12-31", "annual"), Lead("Sở Y tế"))],
            [Target("tỷ lệ hộ nghèo", 2, "%", "2025", "decrease", "at_least")]);
        var json = ExtractionJson.Serialize(extraction);
        Assert.Contains(valid, json);

        Assert.NotEmpty(Schema.Value.Validate(json.Replace(valid, invalid)));
    }

    [Fact]
    public void A_schema_failure_names_the_kind_and_the_place_of_each_error()
    {
        var json = ExtractionJson.Serialize(Directive([Task("Sở Y tế chủ trì kiểm tra", null, Lead("Sở Y tế"))]))
            .Replace("\"role\": \"lead\"", "\"role\": \"owner\"");

        var description = Describe(Schema.Value.Validate(json));

        Assert.Contains("NotInEnumeration", description);
        Assert.Contains("tasks[0].owners[0].role", description);
    }

    private static string Describe(IEnumerable<ValidationError> errors, string indent = "  ") =>
        string.Join('\n', errors.Select(e =>
            $"{indent}{e.Kind} at {e.Path ?? "#"} (line {e.LineNumber}, position {e.LinePosition})" +
            (e is ChildSchemaValidationError child
                ? "\n" + string.Join('\n', child.Errors.Select(c => Describe(c.Value, indent + "    ")))
                : "")));
}
