namespace Ingest.Core.Documents;

/// <summary>Where a document stands in the pipeline. The store, not the job queue, is the truth.</summary>
public enum DocumentStatus
{
    Received,
    Text,
    Extracted,
    Indexed,
    Failed,
}
