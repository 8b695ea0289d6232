namespace Ingest.Extraction.Evaluation;

/// <summary>The scores of one document: its gold file's stem, the raw file it describes, and its scores.</summary>
public sealed record DocumentScore(string Stem, string File, ScoreSet Scores);
