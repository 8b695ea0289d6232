namespace Ingest.Core.Pipeline;

/// <summary>
/// A file the pipeline cannot take, with a reason and what the person who dropped it can do about it.
/// It sends the file to quarantine; it never crashes the host.
/// </summary>
public sealed class RejectedInputException(string reason, string advice) : Exception($"{reason} {advice}")
{
    public string Reason { get; } = reason;

    public string Advice { get; } = advice;
}
