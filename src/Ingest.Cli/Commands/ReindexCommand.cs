using System.CommandLine;

namespace Ingest.Cli.Commands;

/// <summary>
/// ingest reindex: rebuilds the search index from the store. A running server of the same data folder owns the
/// index, so it is asked to do it; otherwise it is done here.
/// </summary>
public static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "Rebuild the search index from the store (every extracted document, latest extraction).");
        command.SetAction(async (result, cancellationToken) =>
        {
            var paths = CommonOptions.Paths(result);
            var output = result.InvocationConfiguration.Output;
            var server = await ServerClient.FindAsync(CommonOptions.PortOf(result), paths, cancellationToken);
            if (server is not null)
            {
                using (server)
                {
                    var answer = await server.RebuildIndexAsync(cancellationToken);
                    output.WriteLine($"Rebuilt by the running server: {answer.GetProperty("documents").GetInt64()} documents, " +
                        $"{answer.GetProperty("items").GetInt64()} items in {answer.GetProperty("seconds").GetDouble():0.0} s.");
                    return 0;
                }
            }
            using var pipeline = LocalPipeline.Open(paths);
            var summary = pipeline.Rebuilder.Rebuild(pipeline.Index);
            output.WriteLine($"Rebuilt {paths.Index}: {summary.Documents} documents, {summary.Items} items in {summary.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        });
        return command;
    }
}
