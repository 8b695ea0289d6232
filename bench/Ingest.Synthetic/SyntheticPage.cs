namespace Ingest.Synthetic;

/// <summary>A rendered page, its ground truth (the lines drawn on it, one per line), and the font used.</summary>
public sealed record SyntheticPage(GrayPage Image, string GroundTruth, string FontName);
