using System.Globalization;

namespace Ingest.Bench.Search;

/// <summary>
/// Command-line options: --tasks N, --queries N, --work DIR (default: a fresh folder of this run under the temp
/// folder, deleted at the end unless --keep), --results FILE (--no-results: print only), --seed N, --lucene-only
/// (skip FTS5: for quick runs while tuning).
/// </summary>
public sealed record BenchOptions(int Tasks, int Queries, string Work, string? Results, int Seed, bool LuceneOnly, bool Keep)
{
    public static BenchOptions Parse(string[] args, string repositoryRoot)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new BenchOptions(
            Int("--tasks", 1_000_000),
            Int("--queries", 1000),
            Value("--work") ?? Path.Combine(Path.GetTempPath(), $"ingest-bench-search-{Environment.ProcessId}"),
            args.Contains("--no-results") ? null : Value("--results") ?? Path.Combine(repositoryRoot, "bench", "RESULTS.md"),
            Int("--seed", 8),
            args.Contains("--lucene-only"),
            args.Contains("--keep") || Value("--work") is not null);
    }
}
