using Microsoft.ML.Data;

namespace Ingest.Extraction.Classification;

/// <summary>The classifier's answer: the class and a score per class.</summary>
public sealed class SegmentPrediction
{
    [ColumnName("PredictedLabel")]
    public string Class { get; set; } = "";

    [ColumnName("Score")]
    public float[] Scores { get; set; } = [];
}
