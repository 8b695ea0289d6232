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
        Dictionary<string, List<string>>? parts;
        try
        {
            parts = JsonSerializer.Deserialize<Dictionary<string, List<string>>>(File.ReadAllText(splitPath));
        }
        catch (JsonException e)
        {
            throw new EvaluationInputException($"{splitPath}: not a readable split file: {e.Message}", e);
        }
        if (parts is null || !parts.TryGetValue(part, out var stems) || stems is null)
        {
            throw new EvaluationInputException($"{splitPath}: has no \"{part}\" list.");
        }
        return stems.ToHashSet(StringComparer.Ordinal);
    }
}
