using Microsoft.Extensions.Logging;

namespace Ingest.Processing.Intake;

/// <summary>
/// Takes every finished file from the inbox: accepted files are stored, queued, and only then removed from the
/// inbox (the store keeps the original); refused files are moved to quarantine with the reason.
/// </summary>
public sealed class InboxScanner(
    DataPaths paths,
    DocumentIntake intake,
    IDocumentQueue queue,
    TimeProvider time,
    ILogger<InboxScanner> logger)
{
    /// <summary>A file still being written (changed within this span) is left for the next scan.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(1);

    public IReadOnlyList<IntakeResult> ScanOnce()
    {
        var results = new List<IntakeResult>();
        if (!Directory.Exists(paths.Inbox))
        {
            return results;
        }
        foreach (var path in Directory.EnumerateFiles(paths.Inbox, "*", SearchOption.AllDirectories).Order())
        {
            if (IsTemporary(path) || !IsSettled(path))
            {
                continue;
            }
            try
            {
                results.Add(Take(path));
            }
            catch (IOException e)
            {
                logger.LogInformation("Inbox file {Path} not ready yet: {Message}", path, e.Message);
            }
        }
        return results;
    }

    private IntakeResult Take(string path)
    {
        byte[] content;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None))
        {
            content = new byte[stream.Length];
            stream.ReadExactly(content);
        }
        var result = intake.Accept(path, content);
        switch (result)
        {
            case IntakeResult.Accepted accepted:
                queue.EnqueueProcessing(accepted.DocumentId);
                File.Delete(path);
                logger.LogInformation(
                    accepted.IsNew ? "Accepted {File} as {Id}" : "{File} is already stored as {Id}; inbox copy removed",
                    accepted.FileName, accepted.DocumentId);
                break;
            case IntakeResult.Quarantined quarantined:
                File.Delete(path);
                logger.LogWarning("Quarantined {File}: {Reason}", quarantined.FileName, quarantined.Reason);
                break;
        }
        return result;
    }

    private bool IsSettled(string path) => time.GetUtcNow() - File.GetLastWriteTimeUtc(path) >= SettleTime;

    private static bool IsTemporary(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') || name.StartsWith('~') || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase);
    }
}
