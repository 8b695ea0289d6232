using System.CommandLine;
using Ingest.Processing;
using Ingest.Processing.Intake;

namespace Ingest.Cli.Commands;

/// <summary>ingest add: hands files to a running server, or processes them in this process when none runs.</summary>
public static class AddCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("paths")
        {
            Description = "Files or folders (folders are read recursively)",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("add", "Ingest files: sent to the running server if there is one, else processed here.") { inputs };
        command.SetAction(async (result, cancellationToken) =>
        {
            var files = Expand(result.GetValue(inputs)!);
            if (files.Count == 0)
            {
                Console.Error.WriteLine("No files found at the given paths. Give files or folders that exist.");
                return 2;
            }
            var paths = CommonOptions.Paths(result);
            var server = await ServerClient.FindAsync(CommonOptions.PortOf(result), paths, cancellationToken);
            if (server is not null)
            {
                using (server)
                {
                    return await server.UploadAsync(files, cancellationToken);
                }
            }
            return InProcess(paths, files);
        });
        return command;
    }

    private static int InProcess(DataPaths paths, IReadOnlyList<string> files)
    {
        using var pipeline = LocalPipeline.Open(paths);
        var failures = 0;
        using var progress = new ProgressBar("Ingesting", files.Count);
        foreach (var file in files)
        {
            var result = pipeline.Intake.Accept(file, File.ReadAllBytes(file));
            if (result is IntakeResult.Accepted accepted)
            {
                pipeline.Queue.EnqueueProcessing(accepted.DocumentId);
                var document = pipeline.Store.Find(accepted.DocumentId)!;
                progress.Report(file, $"{document.Status}{(accepted.IsNew ? "" : " (already stored)")}");
                if (document.Status == Core.Documents.DocumentStatus.Failed)
                {
                    failures++;
                    progress.Message($"{Path.GetFileName(file)}: {document.Error}");
                }
            }
            else if (result is IntakeResult.Quarantined quarantined)
            {
                failures++;
                progress.Report(file, "quarantined");
                progress.Message($"{Path.GetFileName(file)}: {quarantined.Reason} (see {paths.Quarantine})");
            }
        }
        progress.Done($"{files.Count - failures} of {files.Count} files ingested into {paths.Root}");
        return failures == 0 ? 0 : 1;
    }

    private static List<string> Expand(IEnumerable<string> inputs) =>
        inputs.SelectMany<string, string>(p => Directory.Exists(p)
                ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order()
                : File.Exists(p) ? [p] : Array.Empty<string>())
            .ToList();
}
