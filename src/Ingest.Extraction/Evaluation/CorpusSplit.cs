using System.Text.Json;

namespace Ingest.Extraction.Evaluation;

/// <summary>
/// The train/test split of the corpus, <c>corpus/split.json</c>: <c>{"train": [stems...], "test": [stems...]}</c>.
/// </summary>
public static class CorpusSplit
{
    public const string All = "all";

    public const string FileName = "split.json";

    /// <summary>The stems of one part of the split, or null for <see cref="All"/> (every gold file).</summary>
    /// <exception cref="EvaluationInputException">split.json is missing, not JSON, or lacks the part.</exception>
    public static IReadOnlySet<string>? Stems(string splitPath, string part)
    {
        ArgumentNullException.ThrowIfNull(splitPath);
        ArgumentNullException.ThrowIfNull(part);
        if (part == All)
        {
            return null;
        }
        if (!File.Exists(splitPath))
        {
            throw new EvaluationInputException($"{splitPath}: not found; --split {part} needs it.");
        }
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(File.ReadAllText(splitPath)).RootElement;
        }
        catch (JsonException e)
        {
            throw new EvaluationInputException($"{splitPath}: not a readable split file: {e.Message}", e);
        }
        // Other keys (a description, say) are allowed; the part must be an array of strings.
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(part, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new EvaluationInputException($"{splitPath}: has no \"{part}\" list.");
        }
        return list.EnumerateArray().Select(e => e.GetString() ?? "").ToHashSet(StringComparer.Ordinal);
    }
}
