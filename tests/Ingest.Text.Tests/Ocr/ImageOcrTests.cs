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
}
