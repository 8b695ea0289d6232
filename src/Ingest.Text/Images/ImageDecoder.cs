using Ingest.Text.Native;

namespace Ingest.Text.Images;

/// <summary>Decodes single-image files (PNG, JPEG, PNM) through Leptonica after checking their header dimensions.</summary>
public static class ImageDecoder
{
    /// <summary>Reads the dimensions from the header only; null when the header cannot be read.</summary>
    public static unsafe ImageHeader? ReadHeader(ReadOnlySpan<byte> content)
    {
        NativeEnvironment.Prepare();
        fixed (byte* data = content)
        {
            return LeptonicaApi.pixReadHeaderMem(data, (nuint)content.Length, out _, out var width, out var height, out var bits, out var samples, out _) == 0
                ? new ImageHeader(width, height, bits * samples)
                : null;
        }
    }

    public static unsafe PageImage Decode(ReadOnlySpan<byte> content, ImageLimits limits, string what = "image")
    {
        var header = ReadHeader(content) ?? throw ImageRejections.Damaged(what, 1);
        ImageRejections.CheckSize(header, 1, limits);
        IntPtr pix;
        fixed (byte* data = content)
        {
            pix = LeptonicaApi.pixReadMem(data, (nuint)content.Length);
        }
        return pix == IntPtr.Zero ? throw ImageRejections.Damaged(what, 1) : new PageImage(pix);
    }
}
