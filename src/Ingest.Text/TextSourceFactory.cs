using Ingest.Core.Pipeline;
using Ingest.Text.Images;
using Ingest.Text.Ocr;
using Ingest.Text.Pdf;
using Ingest.Text.Plain;
using Ingest.Text.Docx;

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
            new PdfTextSource(recognizer, options),
            new ImageTextSource(recognizer, options),
            new DocxTextSource(),
        ];
    }

    public static TextSources Create(OcrEnginePool pool, TextReadOptions options) => new(CreateSources(pool, options));
}
