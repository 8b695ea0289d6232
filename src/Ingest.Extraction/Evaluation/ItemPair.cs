namespace Ingest.Extraction.Evaluation;

/// <summary>A gold item and a predicted item (indexes into their lists) paired by the scorer, with the pair's score.</summary>
public readonly record struct ItemPair(int Gold, int Predicted, double Score);
