using Ingest.Core.Extraction;
using Ingest.Core.Pipeline;
using Ingest.Core.Text;
using Ingest.Extraction.Fields;
using Ingest.Extraction.Structure;
using Ingest.Extraction.Tasks;

namespace Ingest.Extraction;

/// <summary>The extraction stage: paragraphs, document fields, tasks.</summary>
public sealed class DirectiveExtractor : IExtractor
{
    public DirectiveExtraction Extract(string fileName, DocumentText text)
    {
        var paragraphs = ParagraphSplitter.Split(text.FullText);
        return new DirectiveExtraction
        {
            Document = DocumentFieldsReader.Read(fileName, paragraphs),
            Tasks = TaskCandidateRule.Find(paragraphs),
        };
    }
}
