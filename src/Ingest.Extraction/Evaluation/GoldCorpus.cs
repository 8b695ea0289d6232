using Ingest.Core.Extraction;

namespace Ingest.Extraction.Evaluation;

/// <summary>The gold files of a corpus (<c>corpus/gold/*.json</c>), all of them or one part of the split.</summary>
public static class GoldCorpus
{
    /// <summary>
    /// The gold documents in stem order. <paramref name="missing"/> receives the stems that the split names but that
    /// have no gold file, so the caller can say so instead of scoring a smaller set in silence.
    /// </summary>
    /// <exception cref="EvaluationInputException">The folder, split.json or a gold file cannot be used.</exception>
    public static IReadOnlyList<GoldDocument> Load(string goldDirectory, string split, Action<string> missing)
    {
        ArgumentNullException.ThrowIfNull(goldDirectory);
        ArgumentNullException.ThrowIfNull(missing);
        if (!Directory.Exists(goldDirectory))
        {
            throw new EvaluationInputException($"Gold folder not found: {Path.GetFullPath(goldDirectory)}");
        }
        var wanted = CorpusSplit.Stems(CorpusLayout.SplitPath(goldDirectory), split);
        var files = Directory.GetFiles(goldDirectory, "*.json")
            .Select(path => (Stem: Path.GetFileNameWithoutExtension(path), Path: path))
            .Where(f => wanted is null || wanted.Contains(f.Stem))
            .OrderBy(f => f.Stem, StringComparer.Ordinal)
            .ToList();
        if (wanted is not null)
        {
            foreach (var stem in wanted.Except(files.Select(f => f.Stem)).Order(StringComparer.Ordinal))
            {
                missing(stem);
            }
        }
        return [.. files.Select(f => new GoldDocument(f.Stem, f.Path, ReadGold(f.Path)))];
    }

    /// <summary>A gold file must name its raw file: without it the extractor has nothing to run on.</summary>
    private static DirectiveExtraction ReadGold(string path)
    {
        var extraction = ExtractionFile.Read(path);
        return string.IsNullOrWhiteSpace(extraction.Document.File)
            ? throw new EvaluationInputException($"{path}: document.file is empty; it must name the raw file in corpus/raw.")
            : extraction;
    }
}
