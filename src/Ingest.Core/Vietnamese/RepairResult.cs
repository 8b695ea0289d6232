namespace Ingest.Core.Vietnamese;

/// <summary>The repaired text, what was changed, and how many syllables were read (for rates per 10,000 syllables).</summary>
public sealed record RepairResult(string Text, IReadOnlyList<TextRepair> Repairs, int SyllableCount);
