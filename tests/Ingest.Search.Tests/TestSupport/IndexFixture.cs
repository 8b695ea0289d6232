using Ingest.TestSupport;

namespace Ingest.Search.Tests.TestSupport;

/// <summary>A fresh index in a temporary folder.</summary>
public sealed class IndexFixture : IDisposable
{
    private readonly TempDirectory _temp = new();

    public IndexFixture() => Index = new SearchIndex(Path);

    public string Path => _temp.Combine("index");

    public SearchIndex Index { get; }

    public void Dispose()
    {
        Index.Dispose();
        _temp.Dispose();
    }
}
