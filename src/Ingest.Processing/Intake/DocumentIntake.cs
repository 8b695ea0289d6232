using System.Security.Cryptography;
using Ingest.Core.Documents;
using Ingest.Core.Vietnamese;

namespace Ingest.Processing.Intake;

/// <summary>
/// Fingerprints a file (SHA-256), refuses unsupported types into quarantine, and stores the original with a
/// <see cref="DocumentStatus.Received"/> record. The same bytes twice are one document.
/// </summary>
public sealed class DocumentIntake(IDocumentStore store, Quarantine quarantine, TimeProvider time)
{
    public IntakeResult Accept(string fileName, byte[] content)
    {
        var name = VietnameseText.Normalize(Path.GetFileName(fileName));
        var mediaType = MediaTypes.Of(name);
        if (mediaType is null)
        {
            var reason = $"Files of type '{Path.GetExtension(name)}' are not supported.";
            quarantine.Put(name, content, reason,
                $"Supported types: {MediaTypes.Supported}. Convert the file to one of these and drop it again.");
            return new IntakeResult.Quarantined(name, reason);
        }
        var id = Convert.ToHexStringLower(SHA256.HashData(content));
        var now = time.GetUtcNow();
        var isNew = store.TryAdd(
            new DocumentRecord(id, name, mediaType, content.Length, DocumentStatus.Received, null, now, now), content);
        return new IntakeResult.Accepted(name, id, isNew);
    }
}
