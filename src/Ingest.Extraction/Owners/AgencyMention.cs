namespace Ingest.Extraction.Owners;

/// <summary>An agency named in a text: where (character span) and its canonical name.</summary>
public sealed record AgencyMention(int Start, int End, string Written, string Canonical);
