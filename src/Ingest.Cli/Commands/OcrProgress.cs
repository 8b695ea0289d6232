using Ingest.Core.Text;
using Ingest.Text;

namespace Ingest.Cli.Commands;

/// <summary>Shows the pages of a long read on the progress bar; pages finish on several worker threads at once.</summary>
public sealed class OcrProgress : IPageProgress, IDisposable
{
    private readonly Lock _lock = new();
    private ProgressBar? _bar;
    private string _file = "";

    public void Started(string fileName, int pages)
    {
        lock (_lock)
        {
            _file = fileName;
            _bar = new ProgressBar("Reading", pages);
        }
    }

    public void PageDone(PageText page)
    {
        lock (_lock)
        {
            _bar?.Report(_file, $"page {page.Number} {PageSummary.Describe(page)}");
        }
    }

    public void Finish()
    {
        lock (_lock)
        {
            _bar?.Done("");
        }
    }

    public void Dispose() => _bar?.Dispose();
}
