using Ingest.Core.Extraction;
using Ingest.TestSupport;

namespace Ingest.Search.Tests.TestSupport;

/// <summary>The hand-checked extractions of corpus/gold, read once; the document id is the file's stem.</summary>
public static class GoldFiles
{
    private static readonly Lazy<IReadOnlyList<(string Id, DirectiveExtraction Extraction)>> All = new(() =>
        Directory.EnumerateFiles(Corpus.Gold, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileNameWithoutExtension(path), ExtractionJson.Deserialize(File.ReadAllText(path))))
            .ToList());

    public static IReadOnlyList<(string Id, DirectiveExtraction Extraction)> Documents => All.Value;

    public static DirectiveExtraction Get(string id) => Documents.Single(d => d.Id == id).Extraction;
}
