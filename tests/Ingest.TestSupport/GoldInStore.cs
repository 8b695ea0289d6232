using Ingest.Core.Documents;
using Ingest.Core.Extraction;

namespace Ingest.TestSupport;

/// <summary>Puts the gold extractions into a host's store as extracted documents, as if the pipeline had run.</summary>
public static class GoldInStore
{
    public static IReadOnlyList<(string Id, DirectiveExtraction Extraction)> Add(IDocumentStore store)
    {
        var added = new List<(string, DirectiveExtraction)>();
        var now = DateTimeOffset.UtcNow;
        foreach (var path in Directory.EnumerateFiles(Corpus.Gold, "*.json").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var extraction = ExtractionJson.Deserialize(File.ReadAllText(path));
            store.TryAdd(new DocumentRecord(id, extraction.Document.File, "text/plain", 1, DocumentStatus.Received, null, now, now), [0]);
            store.SaveExtraction(id, extraction);
            store.SetStatus(id, DocumentStatus.Extracted);
            added.Add((id, extraction));
        }
        return added;
    }
}
