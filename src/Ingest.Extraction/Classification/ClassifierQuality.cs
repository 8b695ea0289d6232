namespace Ingest.Extraction.Classification;

/// <summary>Precision and recall of one class on a labelled set.</summary>
public sealed record ClassQuality(string Class, int Support, double Precision, double Recall);

/// <summary>The quality of a classifier on a labelled set: per class, and the share of samples classified right.</summary>
public sealed record ClassifierQuality(IReadOnlyList<ClassQuality> Classes, double Accuracy);
