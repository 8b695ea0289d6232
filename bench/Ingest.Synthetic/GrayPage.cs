namespace Ingest.Synthetic;

/// <summary>An 8-bit grey page image, row by row, with the resolution it stands for.</summary>
public sealed record GrayPage(int Width, int Height, int Dpi, byte[] Pixels)
{
    public static GrayPage Blank(int width, int height, int dpi)
    {
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        return new GrayPage(width, height, dpi, pixels);
    }

    /// <summary>The page as a binary PGM (PNM) file: what Leptonica reads fastest.</summary>
    public byte[] ToPgm()
    {
        var header = System.Text.Encoding.ASCII.GetBytes($"P5\n{Width} {Height}\n255\n");
        var file = new byte[header.Length + Pixels.Length];
        header.CopyTo(file, 0);
        Pixels.CopyTo(file, header.Length);
        return file;
    }
}
