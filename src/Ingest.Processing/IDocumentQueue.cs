namespace Ingest.Processing;

/// <summary>Where accepted documents go to be processed: Hangfire jobs in the server, in-process in the CLI.</summary>
public interface IDocumentQueue
{
    void EnqueueProcessing(string documentId);

    void EnqueueIndexing(string documentId);
}
