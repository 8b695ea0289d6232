using System.Text.Json;
using Ingest.Core.Extraction;

namespace Ingest.Search.Indexing;

/// <summary>The extraction format's JSON settings without indentation: stored items are read by programs only.</summary>
internal static class PayloadJson
{
    public static JsonSerializerOptions Options { get; } = new(ExtractionJson.Options) { WriteIndented = false };
}
