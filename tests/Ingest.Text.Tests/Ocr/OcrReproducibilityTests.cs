using Ingest.Synthetic;
using Ingest.Text.Ocr;

namespace Ingest.Text.Tests.Ocr;

/// <summary>
/// The same page reads the same whatever the engine read before it: an engine carries over no state from page to
/// page (the orientation model, the weak-line rereader), so a document's text does not depend on page order or on
/// which worker took which page.
/// </summary>
public class OcrReproducibilityTests
{
    [Fact]
    public void A_page_reads_the_same_after_other_pages_in_either_order()
    {
        // A weak page (its lines are read again), a page upside down (the orientation engine runs) and a clean page.
        var weak = Scans.Page(Scans.FirstParagraph, fontIndex: 1);
        var turned = Scans.Page(Scans.SecondParagraph, fontIndex: 2, maxLines: 5);
        var clean = Scans.Page("Chỉ thị số 05/CT-UBND về tăng cường kỷ luật, kỷ cương hành chính năm 2025.", fontIndex: 0);
        GrayPage[] images = [Scans.Degraded(weak, "heavy"), Degrader.TurnClockwise(turned.Image, 2), clean.Image];

        using var pool = new OcrEnginePool(OcrSettings.Default with { Engines = 1 });
        var sources = TextSourceFactory.Create(pool, TextReadOptions.Default with { SearchablePdf = false });
        var forwardPages = sources.Read("forward.tif", ScanFiles.TiffBytes(images, bilevel: false)).Pages;
        var forward = forwardPages.Select(p => p.Text).ToList();
        var backward = sources.Read("backward.tif", ScanFiles.TiffBytes(images.Reverse().ToArray(), bilevel: false)).Pages.Select(p => p.Text).Reverse().ToList();

        Assert.Equal(1, pool.EnginesCreated);
        Assert.Equal(180, forwardPages[1].Layout!.Rotation);
        Assert.All(forward, text => Assert.False(string.IsNullOrWhiteSpace(text)));
        Assert.Equal(forward, backward);
    }
}
