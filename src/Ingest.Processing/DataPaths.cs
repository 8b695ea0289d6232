namespace Ingest.Processing;

/// <summary>The data folder and what lives in it: inbox, quarantine, archive (originals), store, index.</summary>
public sealed record DataPaths(string Root)
{
    public const string EnvironmentVariable = "INGEST_DATA";

    public string Inbox => Path.Combine(Root, "inbox");
    public string Quarantine => Path.Combine(Root, "quarantine");
    public string Archive => Path.Combine(Root, "archive");
    public string StoreFile => Path.Combine(Root, "ingest.db");
    public string Index => Path.Combine(Root, "index");

    /// <summary>--data, else INGEST_DATA, else ./data.</summary>
    public static DataPaths Resolve(string? option) =>
        new(Path.GetFullPath(option ?? Environment.GetEnvironmentVariable(EnvironmentVariable) ?? "data"));

    public DataPaths EnsureCreated()
    {
        foreach (var directory in new[] { Root, Inbox, Quarantine, Archive, Index })
        {
            Directory.CreateDirectory(directory);
        }
        return this;
    }
}
