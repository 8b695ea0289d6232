namespace Ingest.Processing.Intake;

/// <summary>The file types the pipeline accepts, by extension.</summary>
public static class MediaTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = "text/plain",
        [".text"] = "text/plain",
        [".md"] = "text/markdown",
        [".markdown"] = "text/markdown",
        [".pdf"] = "application/pdf",
        [".tif"] = "image/tiff",
        [".tiff"] = "image/tiff",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    public static string? Of(string fileName) => ByExtension.GetValueOrDefault(Path.GetExtension(fileName));

    public static string Supported => string.Join(", ", ByExtension.Keys);
}
