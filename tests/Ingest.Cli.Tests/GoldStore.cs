using Ingest.Core.Extraction;
using Ingest.Processing;
using Ingest.Storage.Sqlite;
using Ingest.TestSupport;

namespace Ingest.Cli.Tests;

/// <summary>A data folder whose store holds the gold extractions as extracted documents, then reindexed once by the CLI.</summary>
public sealed class GoldStore : IDisposable
{
    private readonly TempDirectory _temp = new();

    public GoldStore()
    {
        Paths = new DataPaths(_temp.Path).EnsureCreated();
        Extractions.AddRange(GoldInStore.Add(new SqliteDocumentStore(Paths.StoreFile, Paths.Archive)).Select(g => g.Extraction));
        Reindex = CliRunner.Run("reindex", "--data", Paths.Root, "--port", "1");
    }

    /// <summary>What ingest reindex answered (port 1: no server listens there, so it ran in process).</summary>
    public (int Exit, string Output, string Error) Reindex { get; }

    public DataPaths Paths { get; }

    public List<DirectiveExtraction> Extractions { get; } = [];

    public void Dispose() => _temp.Dispose();
}
