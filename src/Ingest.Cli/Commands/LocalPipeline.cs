using Ingest.Core.Documents;
using Ingest.Processing;
using Ingest.Processing.Intake;
using Ingest.Search;
using Ingest.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ingest.Cli.Commands;

/// <summary>The pipeline, store and index in this process, for verbs that run without a server.</summary>
public sealed class LocalPipeline : IDisposable
{
    private readonly ServiceProvider _services;

    private LocalPipeline(ServiceProvider services)
    {
        _services = services;
        Store = services.GetRequiredService<IDocumentStore>();
        Intake = services.GetRequiredService<DocumentIntake>();
        Queue = new InProcessQueue(
            services.GetRequiredService<DocumentProcessor>(),
            new Lazy<SearchIndex>(services.GetRequiredService<SearchIndex>));
    }

    public IDocumentStore Store { get; }

    public DocumentIntake Intake { get; }

    public IDocumentQueue Queue { get; }

    /// <summary>Opens the index writer on first use (it takes the index lock).</summary>
    public SearchIndex Index => _services.GetRequiredService<SearchIndex>();

    public IndexRebuilder Rebuilder => _services.GetRequiredService<IndexRebuilder>();

    public static LocalPipeline Open(DataPaths paths)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning))
            .AddIngestPipeline(paths)
            .BuildServiceProvider();
        return new LocalPipeline(services);
    }

    public void Dispose() => _services.Dispose();
}
