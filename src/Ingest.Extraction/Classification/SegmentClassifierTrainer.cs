using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Ingest.Extraction.Classification;

/// <summary>
/// Trains the segment classifier (ML.NET, maximum-entropy SDCA over word and character n-grams of the paragraph
/// and its place in the outline) with a fixed seed, so the same corpus gives the same model.
/// </summary>
public sealed class SegmentClassifierTrainer(int seed = 20261123)
{
    private readonly MLContext _ml = new(seed);

    public ITransformer Train(IEnumerable<SegmentInput> samples, out DataViewSchema schema)
    {
        var data = _ml.Data.LoadFromEnumerable(samples);
        schema = data.Schema;
        var pipeline = _ml.Transforms.Conversion.MapValueToKey("LabelKey", "Label")
            .Append(_ml.Transforms.Text.FeaturizeText("TextFeatures", nameof(SegmentInput.Text)))
            .Append(_ml.Transforms.Categorical.OneHotEncoding([
                new InputOutputColumnPair("SectionFeatures", nameof(SegmentInput.Section)),
                new InputOutputColumnPair("MarkerFeatures", nameof(SegmentInput.Marker)),
            ]))
            .Append(_ml.Transforms.Concatenate("Features",
                "TextFeatures", "SectionFeatures", "MarkerFeatures",
                nameof(SegmentInput.Depth), nameof(SegmentInput.WordCount), nameof(SegmentInput.MarkedChildren),
                nameof(SegmentInput.EndsWithColon), nameof(SegmentInput.HasAgency), nameof(SegmentInput.HasTime),
                nameof(SegmentInput.HasPercent)))
            // One thread: SDCA's parallel updates make the weights depend on thread timing; one thread gives the
            // same model byte for byte from the same corpus and seed.
            .Append(_ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                MaximumNumberOfIterations = 60,
                NumberOfThreads = 1,
            }))
            .Append(_ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        return pipeline.Fit(data);
    }

    /// <summary>Per-class precision and recall of a model on labelled samples, with the macro accuracy.</summary>
    public ClassifierQuality Evaluate(ITransformer model, IEnumerable<SegmentInput> samples)
    {
        var predictions = model.Transform(_ml.Data.LoadFromEnumerable(samples));
        var rows = _ml.Data.CreateEnumerable<LabelledPrediction>(predictions, reuseRowObject: false).ToList();
        var classes = SegmentClasses.All.Select(c =>
        {
            var truePositive = rows.Count(r => r.Label == c && r.Class == c);
            var predicted = rows.Count(r => r.Class == c);
            var actual = rows.Count(r => r.Label == c);
            return new ClassQuality(c, actual, predicted == 0 ? 0 : (double)truePositive / predicted, actual == 0 ? 0 : (double)truePositive / actual);
        }).ToList();
        return new ClassifierQuality(classes, rows.Count == 0 ? 0 : (double)rows.Count(r => r.Label == r.Class) / rows.Count);
    }

    /// <summary>
    /// Writes the model; the same training data gives the same bytes (ML.NET stamps each zip entry with the time of
    /// writing, so the entries are copied into a fresh zip with one fixed time), and an unchanged model is no change
    /// to commit.
    /// </summary>
    public void Save(ITransformer model, DataViewSchema schema, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var written = new MemoryStream();
        _ml.Model.Save(model, schema, written);
        written.Position = 0;
        using var source = new ZipArchive(written, ZipArchiveMode.Read);
        using var file = File.Create(path);
        using var target = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var entry in source.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = FixedEntryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    private static readonly DateTimeOffset FixedEntryTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private sealed class LabelledPrediction
    {
        public string Label { get; set; } = "";

        [ColumnName("PredictedLabel")]
        public string Class { get; set; } = "";
    }
}
