using Ingest.Core.Text;
using Ingest.Synthetic;
using Ingest.Text.Evaluation;

namespace Ingest.Text.Tests.Ocr;

public class ImageOcrTests
{
    [Fact]
    public void Reads_a_clean_png_scan_with_diacritics()
    {
        var page = Scans.Page(Scans.FirstParagraph);
        var text = Scans.Sources().Read("scan.png", SkiaGray.EncodePng(page.Image));
        var only = Assert.Single(text.Pages);
        Assert.Equal(TextMethod.Ocr, only.Method);
        Assert.InRange(only.Confidence!.Value, 60, 100);
        var rates = ErrorRateEvaluator.Evaluate(page.GroundTruth, only.Text);
        Assert.True(rates.Cer < 0.05, $"CER {rates.Cer:P1}: {only.Text}");
        Assert.NotEmpty(only.Layout!.Words);
        Assert.NotNull(text.SearchablePdf);
    }

    [Fact]
    public void Reads_every_page_of_a_multipage_ccitt_g4_tiff()
    {
        var first = Scans.Page(Scans.FirstParagraph, fontIndex: 0);
        var second = Scans.Page(Scans.SecondParagraph, fontIndex: 2);
        var tiff = ScanFiles.TiffBytes([Scans.Degraded(first, "bilevel-g4"), Scans.Degraded(second, "bilevel-g4")], bilevel: true);
        var text = Scans.Sources().Read("stack.tif", tiff);
        Assert.Equal([1, 2], text.Pages.Select(p => p.Number));
        Assert.All(text.Pages, p => Assert.Equal(TextMethod.Ocr, p.Method));
        Assert.True(ErrorRateEvaluator.Evaluate(first.GroundTruth, text.Pages[0].Text).Cer < 0.08, text.Pages[0].Text);
        Assert.True(ErrorRateEvaluator.Evaluate(second.GroundTruth, text.Pages[1].Text).Cer < 0.08, text.Pages[1].Text);
    }

    [Fact]
    public void Reads_a_degraded_jpeg_photo_of_a_page()
    {
        var page = Scans.Page(Scans.SecondParagraph, fontIndex: 1);
        var jpeg = SkiaGray.EncodeJpeg(Scans.Degraded(page, "light"), 80);
        var text = Scans.Sources(TextReadOptions.Default with { SearchablePdf = false }).Read("photo.jpg", jpeg);
        Assert.True(ErrorRateEvaluator.Evaluate(page.GroundTruth, text.FullText).Cer < 0.08, text.FullText);
        Assert.Null(text.SearchablePdf);
    }

    [Fact]
    public void Word_boxes_lie_on_the_page_image()
    {
        var page = Scans.Page("Sở Y tế chủ trì");
        var text = Scans.Sources(TextReadOptions.Default with { SearchablePdf = false }).Read("words.png", SkiaGray.EncodePng(page.Image));
        var layout = text.Pages[0].Layout!;
        Assert.Equal((page.Image.Width, page.Image.Height, 300), (layout.Width, layout.Height, layout.Dpi));
        Assert.Contains(layout.Words, w => w.Text == "tế");
        Assert.All(layout.Words, w => Assert.True(w.Left >= 0 && w.Top >= 0 && w.Left + w.Width <= layout.Width && w.Top + w.Height <= layout.Height));
        // The first word is at the top left margin (2 cm = 236 px at 300 dpi).
        Assert.InRange(layout.Words[0].Left, 200, 280);
    }

    [Theory]
    [InlineData(1)] // Tesseract's own layout analysis reads sideways lines; no turn is needed
    [InlineData(2)] // upside down reads as noise: the orientation check turns the page
    public void Reads_a_page_scanned_sideways_or_upside_down(int quarterTurns)
    {
        var page = Scans.Page(Scans.FirstParagraph + " " + Scans.SecondParagraph, fontIndex: 2, maxLines: 5);
        var turned = Degrader.TurnClockwise(page.Image, quarterTurns);
        var text = Scans.Sources(TextReadOptions.Default with { SearchablePdf = false }).Read("turned.png", SkiaGray.EncodePng(turned));
        var only = Assert.Single(text.Pages);
        Assert.True(ErrorRateEvaluator.Evaluate(page.GroundTruth, only.Text).Cer < 0.05, only.Text);
        if (quarterTurns == 2)
        {
            Assert.Equal(180, only.Layout!.Rotation);
            Assert.Equal(page.Image.Width, only.Layout.Width);
        }
    }

    [Fact]
    public void A_600_dpi_scan_is_read_at_300_dpi()
    {
        var page = new PageRenderer(dpi: 600).Render([Scans.SecondParagraph], ScanFont.Available[1], maxLinesPerPage: 3).First();
        var text = Scans.Sources(TextReadOptions.Default with { SearchablePdf = false }).Read("fine.tif", ScanFiles.TiffBytes([page.Image], bilevel: false));
        var layout = text.Pages[0].Layout!;
        Assert.Equal((300, page.Image.Width / 2), (layout.Dpi, layout.Width));
        Assert.True(ErrorRateEvaluator.Evaluate(page.GroundTruth, text.FullText).Cer < 0.05, text.FullText);
    }
}
