using Ingest.Core.Text;
using Ingest.Text.Images;

namespace Ingest.Text;

/// <summary>What the text sources of one process are asked for: which pages, a searchable PDF or not, limits, progress.</summary>
public sealed record TextReadOptions
{
    public PageRange Pages { get; init; } = PageRange.All;

    /// <summary>Make a searchable PDF for scanned input (the pipeline keeps it beside the original).</summary>
    public bool SearchablePdf { get; init; } = true;

    public ImageLimits Limits { get; init; } = ImageLimits.Default;

    /// <summary>Told of the page count once known, then of each page as it is finished (from worker threads).</summary>
    public IPageProgress? Progress { get; init; }

    public static TextReadOptions Default { get; } = new();
}
