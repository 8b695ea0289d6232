namespace Ingest.Core.Tests.Support;

/// <summary>The corpus of the repository: clean digital texts (corpus/raw/*.md) and OCR seeds (corpus/raw/0*.txt).</summary>
internal static class Corpus
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepositoryRoot => Root.Value;

    public static string RawFolder => Path.Combine(RepositoryRoot, "corpus", "raw");

    /// <summary>The clean texts, sorted by name.</summary>
    public static IReadOnlyList<string> CleanFiles =>
        Directory.GetFiles(RawFolder, "*.md").Order(StringComparer.Ordinal).ToArray();

    /// <summary>The OCR seeds, sorted by name.</summary>
    public static IReadOnlyList<string> SeedFiles =>
        Directory.GetFiles(RawFolder, "0*.txt").Order(StringComparer.Ordinal).ToArray();

    public static string Read(string path) => File.ReadAllText(path).Replace("\r\n", "\n");

    public static string Seed(string namePrefix) =>
        Read(SeedFiles.Single(f => Path.GetFileName(f).StartsWith(namePrefix, StringComparison.Ordinal)));

    /// <summary>Paragraphs of the clean texts that hold Vietnamese words, for round trips.</summary>
    public static IEnumerable<string> CleanParagraphs() =>
        CleanFiles.SelectMany(f => Read(f).Split("\n\n"))
            .Select(p => p.Trim())
            .Where(p => p.Length > 20 && p.Any(c => c > 0x7F));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Ingest.sln above {AppContext.BaseDirectory}.");
    }
}
