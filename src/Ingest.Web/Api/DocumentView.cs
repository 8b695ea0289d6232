using Ingest.Core.Documents;
using Ingest.Search.Links;

namespace Ingest.Web.Api;

/// <summary>A stored document as GET /api/documents/{id} shows it: its record and, once indexed, its citation links.</summary>
public sealed record DocumentView(
    string Id,
    string FileName,
    string MediaType,
    long Size,
    DocumentStatus Status,
    string? Error,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    DocumentLinks? Links)
{
    public static DocumentView From(DocumentRecord record, DocumentLinks? links) => new(
        record.Id, record.FileName, record.MediaType, record.Size, record.Status, record.Error, record.ReceivedAt, record.UpdatedAt, links);
}
