using Hangfire;
using Ingest.Core.Documents;
using Ingest.Core.Pipeline;
using Ingest.Extraction;
using Ingest.Processing;
using Ingest.Processing.Intake;
using Ingest.Search;
using Ingest.Storage.Sqlite;
using Ingest.Text;
using Ingest.Text.Ocr;
using Ingest.Web.Intake;
using Ingest.Web.Jobs;

namespace Ingest.Web;

/// <summary>Registers each capability next to its code: pipeline stages, store, index, jobs, inbox watcher.</summary>
public static class IngestServices
{
    /// <summary>The pipeline, store and index: what both the server and the CLI need.</summary>
    public static IServiceCollection AddIngestPipeline(this IServiceCollection services, DataPaths paths)
    {
        paths.EnsureCreated();
        services.AddSingleton(paths);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IDocumentStore>(_ => new SqliteDocumentStore(paths.StoreFile, paths.Archive));
        services.AddSingleton(OcrSettings.Default);
        services.AddSingleton<OcrEnginePool>();
        services.AddSingleton(sp => TextSourceFactory.Create(sp.GetRequiredService<OcrEnginePool>(), TextReadOptions.Default));
        services.AddSingleton(TextNormalizer.Default);
        services.AddSingleton<IExtractor>(_ => DirectiveExtractor.WithShippedModels());
        services.AddSingleton<Quarantine>();
        services.AddSingleton<DocumentIntake>();
        services.AddSingleton<DocumentProcessor>();
        services.AddSingleton<InboxScanner>();
        services.AddSingleton(_ => new SearchIndex(paths.Index));
        services.AddSingleton<ISearchService>(provider => provider.GetRequiredService<SearchIndex>());
        services.AddSingleton<IndexRebuilder>();
        return services;
    }

    /// <summary>Hangfire (in-memory storage by default), its jobs, the requeue at start and the inbox watcher.</summary>
    public static IServiceCollection AddIngestJobs(this IServiceCollection services, IngestOptions options)
    {
        services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseInMemoryStorage());
        services.AddHangfireServer(server =>
        {
            server.Queues = ["index", "default"];
            server.WorkerCount = options.Workers;
        });
        services.AddSingleton<IDocumentQueue, HangfireDocumentQueue>();
        services.AddTransient<DocumentJobs>();
        services.AddHostedService<RequeueUnfinishedDocuments>();
        services.AddHostedService<InboxWatcher>();
        return services;
    }
}
