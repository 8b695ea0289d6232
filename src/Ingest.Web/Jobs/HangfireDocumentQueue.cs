using Hangfire;
using Ingest.Processing;

namespace Ingest.Web.Jobs;

/// <summary>Queues documents as Hangfire jobs: processing on "default", indexing on the single-writer "index" queue.</summary>
public sealed class HangfireDocumentQueue(IBackgroundJobClient jobs) : IDocumentQueue
{
    public void EnqueueProcessing(string documentId) => jobs.Enqueue<DocumentJobs>(j => j.Process(documentId, CancellationToken.None));

    public void EnqueueIndexing(string documentId) => jobs.Enqueue<DocumentJobs>(j => j.Index(documentId));
}
