namespace Ingest.Web.Tests;

/// <summary>Hosts share Hangfire's global job storage, so tests that start one run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostCollection
{
    public const string Name = "host";
}
