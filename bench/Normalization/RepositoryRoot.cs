namespace Ingest.Bench.Normalization;

/// <summary>The folder holding Ingest.sln, found upwards from the binary.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Ingest.sln above {AppContext.BaseDirectory}; pass the corpus folder.");
    }
}
