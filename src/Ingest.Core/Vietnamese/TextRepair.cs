namespace Ingest.Core.Vietnamese;

/// <summary>One repair: <paramref name="Original"/> at character <paramref name="Offset"/> of the input became <paramref name="Replacement"/>.</summary>
public sealed record TextRepair(int Offset, string Original, string Replacement);
