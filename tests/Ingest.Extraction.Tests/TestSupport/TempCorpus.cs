using Ingest.Core.Extraction;

namespace Ingest.Extraction.Tests.TestSupport;

/// <summary>A throw-away corpus folder (gold/, raw/, pred/, split.json), deleted when the test ends.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "ingest-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(GoldDirectory);
        Directory.CreateDirectory(RawDirectory);
        Directory.CreateDirectory(PredictionDirectory);
    }

    public string Root { get; }

    public string GoldDirectory => Path.Combine(Root, "gold");

    public string RawDirectory => Path.Combine(Root, "raw");

    public string PredictionDirectory => Path.Combine(Root, "pred");

    public void AddGold(string stem, DirectiveExtraction extraction) =>
        File.WriteAllText(Path.Combine(GoldDirectory, stem + ".json"), ExtractionJson.Serialize(extraction));

    public void AddPrediction(string stem, DirectiveExtraction extraction) =>
        File.WriteAllText(Path.Combine(PredictionDirectory, stem + ".json"), ExtractionJson.Serialize(extraction));

    public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(Root, relativePath), text);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
