namespace Ingest.TestSupport;

/// <summary>Finds the repository's corpus (seeds and gold) from a test's output folder.</summary>
public static class Corpus
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Raw(string fileName) => Path.Combine(RepositoryRoot, "corpus", "raw", fileName);

    public static string Gold => Path.Combine(RepositoryRoot, "corpus", "gold");

    /// <summary>The gold of the written development documents (corpus/dev), tuned on.</summary>
    public static string DevelopmentGold => Path.Combine(RepositoryRoot, "corpus", "dev", "gold");

    /// <summary>The seed used by the end-to-end tests (Điện Biên, 2235/KH-UBND).</summary>
    public const string DienBienSeed = "004_42d72bf88131c20e.txt";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Ingest.sln not found above " + AppContext.BaseDirectory);
    }
}
