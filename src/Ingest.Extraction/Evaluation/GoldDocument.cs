using Ingest.Core.Extraction;

namespace Ingest.Extraction.Evaluation;

/// <summary>One gold file: its stem (the file name without .json), its path and its extraction.</summary>
public sealed record GoldDocument(string Stem, string Path, DirectiveExtraction Extraction);
