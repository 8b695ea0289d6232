using System.Text.Json;
using Ingest.Core.Text;

namespace Ingest.Storage.Sqlite;

/// <summary>Word boxes of a page as compact JSON in the pages table (read whole by the review UI, never queried).</summary>
internal static class PageLayoutJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string? Serialize(PageLayout? layout) => layout is null ? null : JsonSerializer.Serialize(layout, Options);

    public static PageLayout? Deserialize(string? json) => json is null ? null : JsonSerializer.Deserialize<PageLayout>(json, Options);
}
