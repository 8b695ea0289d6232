using Ingest.Core.Documents;
using Ingest.Processing;

namespace Ingest.Web.Jobs;

/// <summary>
/// At start, queues every document the store says is unfinished. The job queue is in memory, so after a crash
/// or kill -9 this is what makes every accepted file get processed.
/// </summary>
public sealed class RequeueUnfinishedDocuments(IDocumentStore store, IDocumentQueue queue, ILogger<RequeueUnfinishedDocuments> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var unfinished = store.ListUnfinished();
        foreach (var document in unfinished)
        {
            if (document.Status == DocumentStatus.Extracted)
            {
                queue.EnqueueIndexing(document.Id);
            }
            else
            {
                queue.EnqueueProcessing(document.Id);
            }
        }
        if (unfinished.Count > 0)
        {
            logger.LogInformation("Queued {Count} unfinished documents again", unfinished.Count);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
