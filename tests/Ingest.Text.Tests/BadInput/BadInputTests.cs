using System.Diagnostics;
using System.Text;
using Ingest.Core.Pipeline;
using Ingest.Synthetic;
using Ingest.Text.Images;
using Ingest.Text.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace Ingest.Text.Tests.BadInput;

/// <summary>Every kind of bad input ends in a typed rejection with a reason and advice, or is read within limits; none crashes or hangs.</summary>
public class BadInputTests
{
    private static RejectedInputException Rejected(string fileName, byte[] content, TextReadOptions? options = null)
    {
        var error = Assert.Throws<RejectedInputException>(() => Scans.Sources(options).Read(fileName, content));
        Assert.False(string.IsNullOrWhiteSpace(error.Reason));
        Assert.False(string.IsNullOrWhiteSpace(error.Advice));
        return error;
    }

    [Theory]
    [InlineData("scan.pdf")]
    [InlineData("scan.tif")]
    [InlineData("photo.jpg")]
    [InlineData("page.png")]
    [InlineData("kh.docx")]
    public void Zero_byte_files_are_rejected(string fileName) =>
        Assert.Contains("empty", Rejected(fileName, []).Reason);

    [Fact]
    public void A_password_protected_pdf_is_rejected_with_what_to_do() =>
        Assert.Contains("password", Rejected("secret.pdf", HandMadeFiles.PasswordProtectedPdf()).Reason);

    [Fact]
    public void A_truncated_pdf_is_rejected_as_damaged()
    {
        var pdf = ScanFiles.TextPdf(["Sở Y tế chủ trì, phối hợp với Sở Nội vụ."], ScanFont.Available[0]);
        Assert.Contains("damaged", Rejected("cut.pdf", pdf[..(pdf.Length / 3)]).Reason);
    }

    [Fact]
    public void A_pdf_of_garbage_after_its_signature_is_rejected_as_damaged()
    {
        var garbage = Encoding.ASCII.GetBytes("%PDF-1.7\n").Concat(Enumerable.Range(0, 5000).Select(i => (byte)(i * 37 % 251))).ToArray();
        Assert.Contains("damaged", Rejected("noise.pdf", garbage).Reason);
    }

    [Fact]
    public void A_pdf_of_thousands_of_pages_is_refused_before_any_page_is_read()
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < 2_500; i++)
        {
            builder.AddPage(PageSize.A4);
        }
        var clock = Stopwatch.StartNew();
        var error = Rejected("big.pdf", builder.Build());
        Assert.Contains("2500 pages", error.Reason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), clock.Elapsed.ToString());
    }

    [Fact]
    public void A_pdf_page_of_absurd_size_is_rendered_at_a_resolution_within_the_pixel_limit()
    {
        var renderer = new PdfPageRenderer("unused.pdf", ImageLimits.Default);
        var dpi = renderer.DpiFor(14_400, 14_400);
        Assert.InRange(dpi, 50, 150);
        Assert.True(Math.Pow(200.0 * dpi, 2) <= ImageLimits.Default.MaxPixelsPerPage);
        // Reading it end to end: an empty page with no text is rendered small, OCR'd, and yields nothing, within limits.
        var text = Scans.Sources(TextReadOptions.Default with { SearchablePdf = false }).Read("poster.pdf", HandMadeFiles.HugePagePdf());
        Assert.Equal("", Assert.Single(text.Pages).Text);
    }

    [Fact]
    public void A_png_that_claims_a_billion_pixels_is_refused_from_its_header()
    {
        var clock = Stopwatch.StartNew();
        var error = Rejected("bomb.png", HandMadeFiles.PngClaiming(40_000, 40_000));
        Assert.Contains("megapixels", error.Reason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_tiff_that_claims_a_billion_pixels_is_refused_from_its_directory() =>
        Assert.Contains("megapixels", Rejected("bomb.tif", HandMadeFiles.TiffClaiming(50_000, 50_000)).Reason);

    [Fact]
    public void A_truncated_png_is_rejected_as_damaged()
    {
        var png = SkiaGray.EncodePng(Scans.Page("Sở Y tế").Image);
        Assert.Contains("damaged", Rejected("cut.png", png[..(png.Length / 2)]).Reason);
    }

    [Fact]
    public void A_jpeg_cut_short_is_read_as_far_as_it_goes_or_rejected_never_a_crash()
    {
        var jpeg = SkiaGray.EncodeJpeg(Scans.Page("Sở Y tế").Image, 80);
        try
        {
            var text = Scans.Sources(TextReadOptions.Default with { SearchablePdf = false }).Read("cut.jpg", jpeg[..(jpeg.Length / 2)]);
            Assert.Single(text.Pages);
        }
        catch (RejectedInputException e)
        {
            Assert.Contains("damaged", e.Reason);
        }
    }

    [Fact]
    public void A_tiff_cut_short_is_rejected_as_damaged() =>
        Assert.Contains("damaged", Rejected("cut.tif", HandMadeFiles.TiffClaiming(100, 100)[..12]).Reason);

    [Theory]
    [InlineData("scan.pdf", "PNG")]
    [InlineData("photo.png", "PDF")]
    [InlineData("kh.docx", "PDF")]
    public void A_file_whose_extension_lies_is_rejected(string fileName, string contentIs)
    {
        var content = contentIs == "PNG" ? SkiaGray.EncodePng(GrayPage.Blank(10, 10, 300)) : Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");
        var error = Rejected(fileName, content);
        Assert.Contains(contentIs, error.Reason);
    }

    [Fact]
    public void A_scan_named_jpg_that_is_no_image_at_all_is_rejected() =>
        Assert.Contains("damaged", Rejected("photo.jpg", Encoding.UTF8.GetBytes("Sở Y tế chủ trì")).Reason);

    [Fact]
    public void A_page_that_takes_longer_than_the_ocr_limit_is_stopped_and_rejected()
    {
        var page = Scans.Page(Scans.FirstParagraph + " " + Scans.SecondParagraph, maxLines: 10);
        var options = TextReadOptions.Default with { Limits = ImageLimits.Default with { PageOcrTimeout = TimeSpan.FromMilliseconds(1) } };
        var clock = Stopwatch.StartNew();
        var error = Rejected("slow.png", SkiaGray.EncodePng(page.Image), options);
        Assert.Contains("longer than the limit", error.Reason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));
    }
}
