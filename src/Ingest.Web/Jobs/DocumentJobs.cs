using Hangfire;
using Ingest.Processing;
using Ingest.Search;

namespace Ingest.Web.Jobs;

/// <summary>The Hangfire jobs. They only call the processor; every stage stays free of Hangfire.</summary>
public sealed class DocumentJobs(DocumentProcessor processor, SearchIndex index, IDocumentQueue queue)
{
    [Queue("default")]
    [AutomaticRetry(Attempts = 3)]
    public void Process(string documentId, CancellationToken cancellationToken)
    {
        if (processor.Process(documentId, cancellationToken))
        {
            queue.EnqueueIndexing(documentId);
        }
    }

    [Queue("index")]
    [AutomaticRetry(Attempts = 3)]
    public void Index(string documentId) => processor.Index(documentId, index);
}
