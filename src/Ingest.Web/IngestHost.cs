using Hangfire;
using Ingest.Processing;
using Ingest.Web.Api;

namespace Ingest.Web;

/// <summary>Builds the server: web UI and API, Hangfire server and dashboard, folder watcher.</summary>
public static class IngestHost
{
    public static WebApplication Build(string[] args, Action<IngestOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariables(prefix: "INGEST_");
        var options = new IngestOptions();
        builder.Configuration.GetSection(IngestOptions.Section).Bind(options);
        options.DataRoot = builder.Configuration["DATA"] ?? options.DataRoot;
        if (int.TryParse(builder.Configuration["PORT"], out var port))
        {
            options.Port = port;
        }
        options.Host = builder.Configuration["HOST"] ?? options.Host;
        configure?.Invoke(options);
        builder.Services.Configure<IngestOptions>(o =>
        {
            o.DataRoot = options.DataRoot;
            o.Port = options.Port;
            o.Host = options.Host;
            o.Workers = options.Workers;
            o.InboxPollMilliseconds = options.InboxPollMilliseconds;
        });
        // Port 0 (tests) needs a literal address: Kestrel cannot pick a free port for "localhost".
        builder.WebHost.UseUrls(options.Port == 0 ? "http://127.0.0.1:0" : $"http://{options.Host}:{options.Port}");
        var paths = DataPaths.Resolve(options.DataRoot);
        builder.Services.AddIngestPipeline(paths).AddIngestJobs(options);
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = Core.Extraction.ExtractionJson.Options.PropertyNamingPolicy;
            json.SerializerOptions.Encoder = Core.Extraction.ExtractionJson.Options.Encoder;
            json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });

        var app = builder.Build();
        // Models load at start: a missing or incompatible model stops the server with a clear message now, not at the first file.
        app.Services.GetRequiredService<Core.Pipeline.IExtractor>();
        app.MapPages();
        app.MapDocumentApi();
        app.MapSearchApi();
        app.MapIndexApi();
        app.UseHangfireDashboard("/hangfire");
        return app;
    }
}
