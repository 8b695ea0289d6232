using Ingest.Core.Documents;
using Ingest.Core.Pipeline;
using Ingest.Processing.Intake;
using Ingest.Search;
using Ingest.Text;
using Microsoft.Extensions.Logging;

namespace Ingest.Processing;

/// <summary>
/// Runs the stages for one stored document and records each step in the store. Idempotent: a document that
/// is already past a step is not processed again, so a job that runs twice does no harm.
/// </summary>
public sealed class DocumentProcessor(
    IDocumentStore store,
    TextSources textSources,
    TextNormalizer normalizer,
    IExtractor extractor,
    Quarantine quarantine,
    ILogger<DocumentProcessor> logger)
{
    /// <summary>Text and extraction. Returns true when the document is ready to be indexed.</summary>
    public bool Process(string documentId, CancellationToken cancellationToken = default)
    {
        var document = store.Find(documentId)
            ?? throw new InvalidOperationException($"Document {documentId} is not in the store.");
        if (document.Status is DocumentStatus.Failed or DocumentStatus.Indexed)
        {
            return false;
        }
        if (document.Status == DocumentStatus.Extracted)
        {
            return true;
        }
        var original = store.ReadOriginal(documentId);
        try
        {
            var text = store.LoadPages(documentId);
            if (text is null || document.Status == DocumentStatus.Received)
            {
                var read = textSources.Read(document.FileName, original, cancellationToken);
                if (read.SearchablePdf is { } searchable)
                {
                    store.SaveSearchablePdf(documentId, searchable);
                }
                text = normalizer.Normalize(read).Text;
                store.SavePages(documentId, text);
                store.SetStatus(documentId, DocumentStatus.Text);
            }
            store.SaveExtraction(documentId, Extract(document, text));
            store.SetStatus(documentId, DocumentStatus.Extracted);
            return true;
        }
        catch (ExtractionFailedException e)
        {
            // Our fault, not the file's: keep it (text stored), mark the document, never retry it in a loop.
            logger.LogError(e.InnerException, "Extraction failed for {File} ({Id})", document.FileName, documentId);
            store.SetStatus(documentId, DocumentStatus.Failed, e.Message);
            return false;
        }
        catch (RejectedInputException e)
        {
            logger.LogWarning("Document {File} ({Id}) rejected: {Reason}", document.FileName, documentId, e.Reason);
            quarantine.Put(document.FileName, original, e.Reason, e.Advice);
            store.SetStatus(documentId, DocumentStatus.Failed, $"{e.Reason} {e.Advice}");
            return false;
        }
    }

    private Core.Extraction.DirectiveExtraction Extract(DocumentRecord document, Core.Text.DocumentText text)
    {
        try
        {
            return extractor.Extract(document.FileName, text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ExtractionFailedException(
                $"The extractor failed on this document ({e.GetType().Name}: {e.Message}). Its text is stored; send the file to the developers, then run ingest reindex after the fix.", e);
        }
    }

    private sealed class ExtractionFailedException(string message, Exception inner) : Exception(message, inner);

    /// <summary>Writes the latest extraction into the search index.</summary>
    public void Index(string documentId, SearchIndex index)
    {
        var document = store.Find(documentId);
        if (document is not { Status: DocumentStatus.Extracted or DocumentStatus.Indexed })
        {
            return;
        }
        var extraction = store.LoadLatestExtraction(documentId)
            ?? throw new InvalidOperationException($"Document {documentId} has no extraction to index.");
        index.Index(documentId, extraction);
        store.SetStatus(documentId, DocumentStatus.Indexed);
    }
}
