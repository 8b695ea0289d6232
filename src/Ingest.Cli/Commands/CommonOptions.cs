using System.CommandLine;
using Ingest.Processing;

namespace Ingest.Cli.Commands;

/// <summary>Options every verb understands.</summary>
public static class CommonOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = $"Data folder (inbox, quarantine, archive, store, index). Default: ${DataPaths.EnvironmentVariable} or ./data",
        Recursive = true,
    };

    public static readonly Option<int?> Port = new("--port")
    {
        Description = "Port of the server (default: $INGEST_PORT or 5080)",
        Recursive = true,
    };

    public static DataPaths Paths(ParseResult result) => DataPaths.Resolve(result.GetValue(Data));

    public static int PortOf(ParseResult result) =>
        result.GetValue(Port)
        ?? (int.TryParse(Environment.GetEnvironmentVariable("INGEST_PORT"), out var port) ? port : Web.IngestOptions.DefaultPort);
}
