using System.CommandLine;
using Ingest.Web;
using Ingest.Processing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ingest.Cli.Commands;

/// <summary>ingest serve: web UI, API, Hangfire server and dashboard, inbox watcher.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the server: search page, API, background jobs and the inbox folder watcher.");
        command.SetAction(async (result, cancellationToken) =>
        {
            var app = IngestHost.Build([], options =>
            {
                options.DataRoot = result.GetValue(CommonOptions.Data) ?? options.DataRoot;
                options.Port = result.GetValue(CommonOptions.Port) ?? options.Port;
            });
            var paths = app.Services.GetRequiredService<DataPaths>();
            var port = app.Services.GetRequiredService<IOptions<IngestOptions>>().Value.Port;
            await app.StartAsync(cancellationToken);
            Console.WriteLine($"Ingest is running at http://localhost:{port}/  (jobs: http://localhost:{port}/hangfire)");
            Console.WriteLine($"Drop PDFs, scans (TIFF, JPEG, PNG), .docx, .txt or .md files into {paths.Inbox}; refused files go to {paths.Quarantine}.");
            Console.WriteLine("Press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
