using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ingest.Extraction.Evaluation;

/// <summary>
/// The machine-readable report of <c>ingest eval --json</c>: the micro-averaged totals at the top level
/// (<c>tasks</c>, <c>owners</c>, <c>targets</c> as precision/recall/F1; <c>deadline_accuracy</c>,
/// <c>target_attribute_accuracy</c>, <c>document_field_accuracy</c>; <c>counts</c>), then the same per document.
/// An accuracy with nothing to score is null.
/// </summary>
public static class EvaluationReportJson
{
    private const int Digits = 4;

    public static string Write(EvaluationReport report, string split)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("split", split);
            writer.WriteNumber("document_count", report.Documents.Count);
            WriteScores(writer, report.Totals);
            writer.WriteStartArray("documents");
            foreach (var document in report.Documents)
            {
                writer.WriteStartObject();
                writer.WriteString("document", document.Stem);
                writer.WriteString("file", document.File);
                WriteScores(writer, document.Scores);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteScores(Utf8JsonWriter writer, ScoreSet scores)
    {
        WritePrf(writer, "tasks", scores.Tasks);
        WritePrf(writer, "owners", scores.Owners);
        WritePrf(writer, "targets", scores.Targets);
        WriteShare(writer, "deadline_accuracy", scores.Deadlines);
        WriteShare(writer, "target_attribute_accuracy", scores.TargetAttributes);
        WriteShare(writer, "document_field_accuracy", scores.DocumentFields);
        writer.WriteStartObject("counts");
        WritePrfCounts(writer, "tasks", scores.Tasks);
        WritePrfCounts(writer, "owners", scores.Owners);
        WritePrfCounts(writer, "targets", scores.Targets);
        WriteAccuracyCounts(writer, "deadlines", scores.Deadlines);
        WriteAccuracyCounts(writer, "target_attributes", scores.TargetAttributes);
        WriteAccuracyCounts(writer, "document_fields", scores.DocumentFields);
        writer.WriteEndObject();
    }

    private static void WritePrf(Utf8JsonWriter writer, string name, PrfScore score)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("precision", Math.Round(score.Precision, Digits));
        writer.WriteNumber("recall", Math.Round(score.Recall, Digits));
        writer.WriteNumber("f1", Math.Round(score.F1, Digits));
        writer.WriteEndObject();
    }

    private static void WriteShare(Utf8JsonWriter writer, string name, Accuracy accuracy)
    {
        if (accuracy.Share is { } share)
        {
            writer.WriteNumber(name, Math.Round(share, Digits));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WritePrfCounts(Utf8JsonWriter writer, string name, PrfScore score)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("gold", score.Gold);
        writer.WriteNumber("predicted", score.Predicted);
        writer.WriteNumber("matched", score.Matched);
        writer.WriteEndObject();
    }

    private static void WriteAccuracyCounts(Utf8JsonWriter writer, string name, Accuracy accuracy)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("scored", accuracy.Total);
        writer.WriteNumber("correct", accuracy.Correct);
        writer.WriteEndObject();
    }
}
