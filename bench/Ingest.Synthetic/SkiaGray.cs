using SkiaSharp;

namespace Ingest.Synthetic;

/// <summary>Conversions between Skia bitmaps (drawn in RGBA) and 8-bit grey pages.</summary>
public static class SkiaGray
{
    public static GrayPage FromBitmap(SKBitmap bitmap, int dpi)
    {
        var pixels = new byte[bitmap.Width * bitmap.Height];
        var rgba = bitmap.GetPixelSpan();
        for (var i = 0; i < pixels.Length; i++)
        {
            // Rec. 601 luma; the page is black on white so the channels are nearly equal anyway.
            pixels[i] = (byte)((rgba[4 * i] * 299 + rgba[4 * i + 1] * 587 + rgba[4 * i + 2] * 114) / 1000);
        }
        return new GrayPage(bitmap.Width, bitmap.Height, dpi, pixels);
    }

    public static SKBitmap ToBitmap(GrayPage page)
    {
        var bitmap = new SKBitmap(new SKImageInfo(page.Width, page.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var span = new byte[page.Pixels.Length * 4];
        for (var i = 0; i < page.Pixels.Length; i++)
        {
            var v = page.Pixels[i];
            span[4 * i] = v;
            span[4 * i + 1] = v;
            span[4 * i + 2] = v;
            span[4 * i + 3] = 255;
        }
        System.Runtime.InteropServices.Marshal.Copy(span, 0, bitmap.GetPixels(), span.Length);
        return bitmap;
    }

    public static byte[] EncodeJpeg(GrayPage page, int quality)
    {
        using var bitmap = ToBitmap(page);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }

    public static byte[] EncodePng(GrayPage page)
    {
        using var bitmap = ToBitmap(page);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static GrayPage Decode(byte[] encoded, int dpi)
    {
        using var bitmap = SKBitmap.Decode(encoded);
        using var rgba = bitmap.Copy(SKColorType.Rgba8888);
        return FromBitmap(rgba, dpi);
    }
}
