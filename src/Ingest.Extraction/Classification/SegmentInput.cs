using Microsoft.ML.Data;

namespace Ingest.Extraction.Classification;

/// <summary>The features of one paragraph: its text and where it stands in the outline.</summary>
public sealed class SegmentInput
{
    public string Text { get; set; } = "";

    /// <summary>The kind of part it stands in (Work, Goals, NotWork, Preamble, Closing).</summary>
    public string Section { get; set; } = "";

    /// <summary>Its list marker (Number, Letter, Dash, Plus, Roman, …) or "None".</summary>
    public string Marker { get; set; } = "";

    public float Depth { get; set; }

    public float WordCount { get; set; }

    public float MarkedChildren { get; set; }

    public float EndsWithColon { get; set; }

    public float HasAgency { get; set; }

    public float HasTime { get; set; }

    public float HasPercent { get; set; }

    [ColumnName("Label")]
    public string Label { get; set; } = "";
}
