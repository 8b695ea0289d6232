namespace Ingest.Web;

/// <summary>Settings of the host (section "Ingest" of appsettings, INGEST_* environment variables, options).</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";
    public const int DefaultPort = 5080;

    /// <summary>The data folder (inbox, quarantine, archive, store, index). Default ./data.</summary>
    public string? DataRoot { get; set; }

    public int Port { get; set; } = DefaultPort;

    /// <summary>The address to listen on: localhost by default; 0.0.0.0 in a container.</summary>
    public string Host { get; set; } = "localhost";

    /// <summary>Hangfire workers; OCR is CPU-bound, so about one per core.</summary>
    public int Workers { get; set; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>How often the inbox is scanned, in milliseconds.</summary>
    public int InboxPollMilliseconds { get; set; } = 500;
}
