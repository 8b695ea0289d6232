using System.Text.Json.Serialization;

namespace Ingest.Search.Indexing;

/// <summary>
/// Serialisation of stored items, generated at build time (no reflection per item): the extraction format's names,
/// without null values. Items are read back with <see cref="Core.Extraction.ExtractionJson.Options"/>, where a
/// missing value is null; a test holds the two formats together.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(StoredItem))]
internal sealed partial class PayloadJsonContext : JsonSerializerContext;
