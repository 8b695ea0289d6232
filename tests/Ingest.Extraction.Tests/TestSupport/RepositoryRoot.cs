namespace Ingest.Extraction.Tests.TestSupport;

/// <summary>The repository root, found by walking up from the test binaries to Ingest.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "Ingest.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No Ingest.sln above {AppContext.BaseDirectory}.");
    }
}
