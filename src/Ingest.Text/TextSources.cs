using Ingest.Core.Pipeline;
using Ingest.Core.Text;

namespace Ingest.Text;

/// <summary>Picks the text source for a file by its name and content; rejects what none can read.</summary>
public sealed class TextSources(IEnumerable<ITextSource> sources)
{
    private readonly IReadOnlyList<ITextSource> _sources = sources.ToList();

    public DocumentText Read(string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        if (content.Length == 0)
        {
            throw new RejectedInputException(
                "The file is empty (0 bytes).",
                "The copy or the scan was probably interrupted: export or scan it again and drop the new file.");
        }
        var claimed = FileSignature.Detect(content);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (claimed is not null && !FileSignature.ExtensionMatches(extension, claimed))
        {
            throw new RejectedInputException(
                $"The file is named '{extension}' but its content is {claimed}.",
                $"Rename it with the right extension and drop it into the inbox again.");
        }
        var source = _sources.FirstOrDefault(s => s.CanRead(fileName, content))
            ?? throw new RejectedInputException(
                $"Files of type '{(extension.Length == 0 ? "(no extension)" : extension)}' are not supported.",
                $"Supported now: {SupportedDescription}. Convert the file to one of these and drop it again.");
        return source.Read(fileName, content, cancellationToken);
    }

    public static string SupportedDescription => ".pdf (text or scanned), .tif/.tiff, .jpg/.jpeg, .png, .docx, .txt and .md (UTF-8 or UTF-16)";
}
