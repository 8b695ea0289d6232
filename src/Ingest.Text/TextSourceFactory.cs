using Ingest.Core.Pipeline;
using Ingest.Text.Images;
using Ingest.Text.Ocr;
using Ingest.Text.Plain;

namespace Ingest.Text;

/// <summary>Every text source, set up alike for the server and the CLI.</summary>
public static class TextSourceFactory
{
    public static IReadOnlyList<ITextSource> CreateSources(OcrEnginePool pool, TextReadOptions options)
    {
        var recognizer = new PageRecognizer(pool);
        return
        [
            new PlainTextSource(),
            new ImageTextSource(recognizer, options),
        ];
    }

    public static TextSources Create(OcrEnginePool pool, TextReadOptions options) => new(CreateSources(pool, options));
}
