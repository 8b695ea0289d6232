using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Tokens;

namespace Ingest.Text.Pdf;

/// <summary>
/// The scanner's own JPEG of a page, when a page is nothing but that: one upright JPEG (DCTDecode, grey or RGB,
/// 8 bits, no decode array) covering the page. Decoding it directly is faster than rendering the page and keeps the
/// scanner's resolution; any other page is rendered with pdftoppm.
/// </summary>
public sealed record EmbeddedPageImage(byte[] Jpeg, int Dpi)
{
    /// <summary>Share of the page the image must cover to be taken as the page itself.</summary>
    private const double MinimumCover = 0.9;

    public static EmbeddedPageImage? Find(Page page)
    {
        if (page.Rotation.Value != 0 || page.NumberOfImages != 1)
        {
            return null;
        }
        var image = page.GetImages().Single();
        var bounds = image.BoundingBox;
        var isJpeg = image.ImageDictionary.TryGet(NameToken.Filter, out var filter)
            && filter switch
            {
                NameToken name => name.Data == "DCTDecode",
                ArrayToken { Length: 1 } array => array[0] is NameToken { Data: "DCTDecode" },
                _ => false,
            };
        if (!isJpeg || image.IsImageMask || image.IsInlineImage || image.BitsPerComponent != 8
            || image.Decode is { Count: > 0 }
            || image.ColorSpaceDetails?.Type is not (ColorSpace.DeviceGray or ColorSpace.DeviceRGB)
            || Math.Abs(bounds.Rotation) > 0.01
            || bounds.Area < MinimumCover * page.Width * page.Height
            || bounds.Width <= 0)
        {
            return null;
        }
        var dpi = (int)Math.Round(image.WidthInSamples / (bounds.Width / 72));
        return new EmbeddedPageImage(image.RawBytes.ToArray(), dpi);
    }
}
