using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ingest.Core.Extraction;

/// <summary>Reads and writes the extraction format: lower-case names, nulls written, Vietnamese unescaped.</summary>
public static class ExtractionJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static string Serialize(DirectiveExtraction extraction) => JsonSerializer.Serialize(extraction, Options);

    public static DirectiveExtraction Deserialize(string json) =>
        JsonSerializer.Deserialize<DirectiveExtraction>(json, Options)
        ?? throw new JsonException("The JSON document is empty (null).");
}
