namespace Ingest.Bench.Search;

/// <summary>
/// bench/RESULTS.md is shared: other benchmarks keep their own sections. This replaces only the "## Search" section
/// (up to the next "## " heading), or appends it.
/// </summary>
public static class ResultsFile
{
    public const string Heading = "## Search";

    public static void WriteSection(string path, string section)
    {
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmark results\n";
        var lines = text.Split('\n').ToList();
        var start = lines.FindIndex(l => l.TrimEnd() == Heading);
        if (start < 0)
        {
            File.WriteAllText(path, text.TrimEnd('\n') + "\n\n" + section.TrimEnd('\n') + "\n");
            return;
        }
        var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        var after = end < 0 ? [] : lines.Skip(end).ToList();
        var before = lines.Take(start).ToList();
        var joined = string.Join('\n', before).TrimEnd('\n') + "\n\n" + section.TrimEnd('\n') + "\n" + (after.Count > 0 ? "\n" + string.Join('\n', after) : "");
        File.WriteAllText(path, joined.TrimStart('\n'));
    }
}
