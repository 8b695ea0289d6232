using Ingest.Search;

namespace Ingest.Processing;

/// <summary>Runs each document through the stages at once, in the calling thread (CLI without a server, tests).</summary>
public sealed class InProcessQueue(DocumentProcessor processor, Lazy<SearchIndex> index) : IDocumentQueue
{
    public void EnqueueProcessing(string documentId)
    {
        if (processor.Process(documentId))
        {
            EnqueueIndexing(documentId);
        }
    }

    public void EnqueueIndexing(string documentId) => processor.Index(documentId, index.Value);
}
