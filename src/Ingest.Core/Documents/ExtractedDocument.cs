using Ingest.Core.Extraction;

namespace Ingest.Core.Documents;

/// <summary>A stored document with its latest extraction: what the search index is rebuilt from.</summary>
public sealed record ExtractedDocument(DocumentRecord Document, DirectiveExtraction Extraction);
