using Ingest.Processing;
using Ingest.Processing.Intake;
using Microsoft.Extensions.Options;

namespace Ingest.Web.Intake;

/// <summary>Watches the inbox folder: a file-system watcher wakes it, a short poll catches what the watcher misses.</summary>
public sealed class InboxWatcher(InboxScanner scanner, DataPaths paths, IOptions<IngestOptions> options, ILogger<InboxWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var wake = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(paths.Inbox) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Created += (_, _) => Release(wake);
        watcher.Changed += (_, _) => Release(wake);
        watcher.Renamed += (_, _) => Release(wake);
        logger.LogInformation("Watching {Inbox} for new files", paths.Inbox);
        var interval = TimeSpan.FromMilliseconds(options.Value.InboxPollMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                scanner.ScanOnce();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Inbox scan failed; retrying");
            }
            try
            {
                await wake.WaitAsync(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private static void Release(SemaphoreSlim semaphore)
    {
        if (semaphore.CurrentCount == 0)
        {
            semaphore.Release();
        }
    }
}
