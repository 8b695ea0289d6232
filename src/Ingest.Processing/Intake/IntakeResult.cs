namespace Ingest.Processing.Intake;

/// <summary>What happened to a file handed to intake.</summary>
public abstract record IntakeResult(string FileName)
{
    /// <summary>Stored (or already known: <paramref name="IsNew"/> false) under its content hash.</summary>
    public sealed record Accepted(string FileName, string DocumentId, bool IsNew) : IntakeResult(FileName);

    /// <summary>Refused before storing; the file went to quarantine with this reason.</summary>
    public sealed record Quarantined(string FileName, string Reason) : IntakeResult(FileName);
}
