using Ingest.Text;
using Ingest.Text.Ocr;

namespace Ingest.Cli.Commands;

/// <summary>The text sources of a CLI process: the same factory as the server's, with one engine pool for the process.</summary>
public static class CliOcr
{
    private static readonly Lazy<OcrEnginePool> SharedPool = new(() => new OcrEnginePool(OcrSettings.Default));

    public static OcrEnginePool Pool => SharedPool.Value;

    public static TextSources Sources(TextReadOptions? options = null) =>
        TextSourceFactory.Create(Pool, options ?? TextReadOptions.Default with { SearchablePdf = false });
}
