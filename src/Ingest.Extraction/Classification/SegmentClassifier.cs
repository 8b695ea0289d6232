using Microsoft.ML;

namespace Ingest.Extraction.Classification;

/// <summary>
/// The trained segment classifier, loaded once from <c>models/segment-classifier.zip</c>. ML.NET's prediction
/// engine is not thread-safe, so calls are serialised (a prediction takes microseconds).
/// </summary>
public sealed class SegmentClassifier
{
    public const string FileName = "segment-classifier.zip";
    public const string ModelsEnvironmentVariable = ModelFiles.EnvironmentVariable;

    private readonly PredictionEngine<SegmentInput, SegmentPrediction> _engine;
    private readonly Lock _lock = new();

    private SegmentClassifier(PredictionEngine<SegmentInput, SegmentPrediction> engine) => _engine = engine;

    public static SegmentClassifier Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ModelLoadException($"The segment classifier model is missing: {path}. Run './ingest train' to build it (or set {ModelsEnvironmentVariable} to the folder that holds it).");
        }
        try
        {
            var ml = new MLContext();
            var model = ml.Model.Load(path, out _);
            return new SegmentClassifier(ml.Model.CreatePredictionEngine<SegmentInput, SegmentPrediction>(model));
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException or IOException or System.IO.InvalidDataException)
        {
            throw new ModelLoadException($"The segment classifier model {path} cannot be loaded ({e.Message}); it was probably made by another version. Run './ingest train' to rebuild it.", e);
        }
    }

    /// <summary>A classifier from a model just trained (cross-validation), not from a file.</summary>
    public static SegmentClassifier FromModel(ITransformer model) =>
        new(new MLContext().Model.CreatePredictionEngine<SegmentInput, SegmentPrediction>(model));

    /// <summary>The shipped model: $INGEST_MODELS, else models/ beside the program, else models/ of the repository.</summary>
    public static SegmentClassifier LoadDefault() => Load(DefaultPath());

    public static string DefaultPath() => ModelFiles.Locate(FileName);

    public SegmentPrediction Predict(SegmentInput input)
    {
        lock (_lock)
        {
            var prediction = _engine.Predict(input);
            return new SegmentPrediction { Class = prediction.Class, Scores = [.. prediction.Scores] };
        }
    }
}
