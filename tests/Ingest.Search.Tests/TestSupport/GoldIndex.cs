namespace Ingest.Search.Tests.TestSupport;

/// <summary>One index of all 27 gold files, built once and shared by the tests of a class (xunit class fixture).</summary>
public sealed class GoldIndex : IDisposable
{
    private readonly IndexFixture _fixture = new();

    public GoldIndex() => _fixture.Index.Rebuild(GoldFiles.Documents);

    public SearchIndex Index => _fixture.Index;

    public void Dispose() => _fixture.Dispose();
}
