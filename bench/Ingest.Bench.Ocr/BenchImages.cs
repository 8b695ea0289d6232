using Ingest.Synthetic;
using Ingest.Text.Images;

namespace Ingest.Bench.Ocr;

/// <summary>A synthetic page as the OCR engine takes it: decoded through the pipeline's image decoder, with its dpi.</summary>
public static class BenchImages
{
    public static PageImage Decode(GrayPage page)
    {
        var image = ImageDecoder.Decode(page.ToPgm(), ImageLimits.Default);
        image.SetDpi(page.Dpi);
        return image;
    }
}
