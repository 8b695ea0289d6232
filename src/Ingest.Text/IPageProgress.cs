using Ingest.Core.Text;

namespace Ingest.Text;

/// <summary>Progress of a long read. Called synchronously, possibly from several worker threads at once.</summary>
public interface IPageProgress
{
    void Started(string fileName, int pages);

    void PageDone(PageText page);
}
