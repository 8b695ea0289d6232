using System.IO.Compression;
using Ingest.Core.Extraction;
using Ingest.Extraction.Classification;
using Ingest.Extraction.Tests.TestSupport;

namespace Ingest.Extraction.Tests.Classification;

/// <summary>`ingest train` must give the same model from the same corpus: same seed, one training thread.</summary>
public class SegmentClassifierTrainerTests
{
    [Fact]
    public void Training_twice_on_the_same_samples_gives_the_same_model()
    {
        var samples = Samples("can-tho-165-kh-ubnd", "vpcp-634-tb-vpcp", "lai-chau-7360-kh-ubnd");
        Assert.True(samples.Count > 100, $"{samples.Count} samples");

        var first = TrainedFile(samples);
        var second = TrainedFile(samples);

        var firstEntries = Entries(first);
        var secondEntries = Entries(second);
        Assert.Equal(firstEntries.Keys.Order(), secondEntries.Keys.Order());
        Assert.All(firstEntries, entry => Assert.True(entry.Value.SequenceEqual(secondEntries[entry.Key]), $"{entry.Key} differs between two trainings"));
        // The file itself too, zip timestamps included: a retrained, unchanged model is no change to commit.
        Assert.True(first.SequenceEqual(second), "the model files differ in bytes");
    }

    private static List<SegmentInput> Samples(params string[] stems)
    {
        var samples = new List<SegmentInput>();
        foreach (var stem in stems)
        {
            var gold = ExtractionJson.Deserialize(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "corpus", "gold", stem + ".json")));
            var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "corpus", "raw", gold.Document.File));
            samples.AddRange(SegmentLabeler.Label(text, gold));
        }
        return samples;
    }

    private static byte[] TrainedFile(List<SegmentInput> samples)
    {
        var trainer = new SegmentClassifierTrainer();
        var model = trainer.Train(samples, out var schema);
        var path = Path.Combine(Path.GetTempPath(), $"ingest-model-{Guid.NewGuid():N}.zip");
        try
        {
            trainer.Save(model, schema, path);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Dictionary<string, byte[]> Entries(byte[] file)
    {
        using var zip = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }
}
