using System.Text.Json.Serialization;

namespace Ingest.Core.Extraction;

/// <summary>A quantified goal: one number with its metric, direction, comparator, unit, baseline and due.</summary>
public sealed record TargetItem
{
    public required string Text { get; init; }

    public string? Metric { get; init; }

    /// <summary>decrease, increase or reach.</summary>
    public string? Direction { get; init; }

    /// <summary>at_least, at_most, about or exactly.</summary>
    public string? Comparator { get; init; }

    public decimal? Value { get; init; }

    /// <summary>The upper bound of a range ("từ 5 - 7%": value 5, value_max 7); absent from the JSON otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? ValueMax { get; init; }

    public string? Unit { get; init; }

    public string? Baseline { get; init; }

    public string? Due { get; init; }
}
