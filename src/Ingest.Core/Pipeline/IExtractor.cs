using Ingest.Core.Extraction;
using Ingest.Core.Text;

namespace Ingest.Core.Pipeline;

/// <summary>Stage: from the normalised text of a directive to its extraction.</summary>
public interface IExtractor
{
    DirectiveExtraction Extract(string fileName, DocumentText text);
}
