namespace Ingest.Text.Images;

/// <summary>Dimensions of an image read from its header, before any pixel is decoded.</summary>
public sealed record ImageHeader(int Width, int Height, int BitsPerPixel)
{
    public long Pixels => (long)Width * Height;
}
