using Ingest.Core.Text;

namespace Ingest.Core.Pipeline;

/// <summary>Stage: turns the bytes of an input file into page texts.</summary>
public interface ITextSource
{
    /// <summary>True when this source reads files of this name and content.</summary>
    bool CanRead(string fileName, ReadOnlySpan<byte> content);

    /// <summary>Reads the text; throws <see cref="RejectedInputException"/> for content it cannot use.</summary>
    DocumentText Read(string fileName, byte[] content, CancellationToken cancellationToken = default);
}
