namespace Ingest.Text;

/// <summary>Recognises what a file really is from its first bytes, to catch extensions that lie.</summary>
public static class FileSignature
{
    public const string Pdf = "a PDF document";
    public const string Png = "a PNG image";
    public const string Jpeg = "a JPEG image";
    public const string Tiff = "a TIFF image";
    public const string Zip = "a ZIP container (DOCX, XLSX, ...)";

    public static string? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF"u8)) return Pdf;
        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])) return Png;
        if (content.Length >= 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF) return Jpeg;
        if (content.StartsWith("II*\0"u8) || content.StartsWith("MM\0*"u8)) return Tiff;
        if (content.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04])) return Zip;
        return null;
    }

    public static bool ExtensionMatches(string extension, string kind) => kind switch
    {
        Pdf => extension == ".pdf",
        Png => extension == ".png",
        Jpeg => extension is ".jpg" or ".jpeg",
        Tiff => extension is ".tif" or ".tiff",
        Zip => extension is ".docx" or ".zip",
        _ => false,
    };
}
