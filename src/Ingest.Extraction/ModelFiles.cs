namespace Ingest.Extraction;

/// <summary>Where the shipped model files are: $INGEST_MODELS, else models/ beside the program, else models/ of the repository.</summary>
public static class ModelFiles
{
    public const string EnvironmentVariable = "INGEST_MODELS";

    public static string Locate(string fileName)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return Path.Combine(configured, fileName);
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return Path.Combine(AppContext.BaseDirectory, "models", fileName);
    }
}
