namespace Ingest.Text.Ocr;

/// <summary>
/// Finds the Tesseract model folder: $INGEST_TESSDATA, then the model scripts/setup.sh installs into
/// models/tessdata (found above the running program), then Debian's tesseract-ocr-vie.
/// </summary>
public static class TessdataLocator
{
    public const string EnvironmentVariable = "INGEST_TESSDATA";
    public const string DebianDirectory = "/usr/share/tesseract-ocr/5/tessdata";

    public static string Find(string language = "vie")
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", "tessdata");
            if (File.Exists(Path.Combine(candidate, language + ".traineddata")))
            {
                return candidate;
            }
        }
        return DebianDirectory;
    }

    /// <summary>The PDF renderer needs pdf.ttf (the invisible glyph font), which Debian ships beside its models.</summary>
    public static string FontDirectory(string tessdataDirectory) =>
        File.Exists(Path.Combine(tessdataDirectory, "pdf.ttf")) ? tessdataDirectory : DebianDirectory;
}
