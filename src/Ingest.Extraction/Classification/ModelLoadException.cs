namespace Ingest.Extraction.Classification;

/// <summary>A model that is missing or cannot be loaded, with what to do about it.</summary>
public sealed class ModelLoadException(string message, Exception? inner = null) : Exception(message, inner);
