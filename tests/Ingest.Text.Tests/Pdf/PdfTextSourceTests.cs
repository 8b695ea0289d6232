using Ingest.Core.Text;
using Ingest.Synthetic;
using Ingest.Text.Evaluation;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace Ingest.Text.Tests.Pdf;

public class PdfTextSourceTests
{
    private static readonly ScanFont Font = ScanFont.Available[0];

    [Fact]
    public void Takes_a_good_text_layer_as_it_is_and_ocrs_nothing()
    {
        var pdf = ScanFiles.TextPdf([Scans.FirstParagraph[..60], Scans.SecondParagraph[..60]], Font);
        var text = Scans.Sources().Read("digital.pdf", pdf);
        Assert.Equal([TextMethod.TextLayer, TextMethod.TextLayer], text.Pages.Select(p => p.Method));
        Assert.Contains("Sở Y tế chủ trì", text.Pages[0].Text);
        Assert.All(text.Pages, p => Assert.Null(p.Confidence));
        Assert.Null(text.SearchablePdf);
    }

    [Fact]
    public void Ocrs_an_image_only_pdf_and_makes_a_searchable_pdf()
    {
        var page = Scans.Page(Scans.FirstParagraph);
        var pdf = ScanFiles.ImageOnlyPdf([page.Image]);
        var text = Scans.Sources().Read("scan.pdf", pdf);
        var only = Assert.Single(text.Pages);
        Assert.Equal(TextMethod.Ocr, only.Method);
        Assert.True(ErrorRateEvaluator.Evaluate(page.GroundTruth, only.Text).Cer < 0.05, only.Text);
        using var searchable = PdfDocument.Open(text.SearchablePdf!);
        Assert.Equal(1, searchable.NumberOfPages);
        Assert.Contains("phối hợp", VietnameseTextOf(searchable.GetPage(1)));
    }

    [Fact]
    public void Decides_page_by_page_in_a_pdf_that_mixes_text_and_scans()
    {
        var scan = Scans.Page(Scans.SecondParagraph, fontIndex: 1);
        var mixed = PdfMerger.Merge([ScanFiles.TextPdf([Scans.FirstParagraph[..70]], Font), ScanFiles.ImageOnlyPdf([scan.Image])]);
        var text = Scans.Sources().Read("mixed.pdf", mixed);
        Assert.Equal([TextMethod.TextLayer, TextMethod.Ocr], text.Pages.Select(p => p.Method));
        Assert.True(ErrorRateEvaluator.Evaluate(scan.GroundTruth, text.Pages[1].Text).Cer < 0.05, text.Pages[1].Text);
        using var searchable = PdfDocument.Open(text.SearchablePdf!);
        Assert.Equal(2, searchable.NumberOfPages);
        Assert.Contains("Sở Y tế", VietnameseTextOf(searchable.GetPage(1)));
        Assert.Contains("Tài chính", VietnameseTextOf(searchable.GetPage(2)));
    }

    [Fact]
    public void Ocrs_a_page_whose_text_layer_is_in_a_legacy_font_encoding()
    {
        // What a TCVN3 (ABC) font without a Unicode map leaves in the text layer over a correct-looking page.
        const string tcvn3 = "Uû ban nh©n d©n tØnh yªu cÇu Së Y tÕ chñ tr×, phèi hîp víi Së Néi vô triÓn khai thùc hiÖn kÕ ho¹ch";
        var scan = Scans.Page(Scans.FirstParagraph);
        var pdf = ScanFiles.ImageOnlyPdf([scan.Image], hiddenTextPerPage: [tcvn3]);
        var text = Scans.Sources().Read("legacy.pdf", pdf);
        var only = Assert.Single(text.Pages);
        Assert.Equal(TextMethod.Ocr, only.Method);
        // Read from the image, not the garbled layer: close to what was printed (the OCR model may miss a letter).
        Assert.DoesNotContain("Së", only.Text);
        Assert.True(ErrorRateEvaluator.Evaluate(scan.GroundTruth, only.Text).Cer < 0.05, only.Text);
    }

    [Fact]
    public void Reads_only_the_pages_asked_for()
    {
        var pdf = ScanFiles.TextPdf(["Trang một: Sở Y tế", "Trang hai: Sở Nội vụ", "Trang ba: Sở Tài chính"], Font);
        var text = Scans.Sources(TextReadOptions.Default with { Pages = new PageRange(2, 3) }).Read("three.pdf", pdf);
        Assert.Equal([2, 3], text.Pages.Select(p => p.Number));
    }

    [Fact]
    public void Takes_the_scanners_own_jpeg_of_a_page_instead_of_rendering_it()
    {
        // A 200 dpi scan: read from its JPEG, the page keeps 200 dpi; rendered, it would be 300.
        var page = new PageRenderer(dpi: 200).Render([Scans.SecondParagraph], ScanFont.Available[0], maxLinesPerPage: 3).First();
        var text = Scans.Sources().Read("scan.pdf", ScanFiles.ImageOnlyPdf([page.Image], jpegQuality: 90));
        var only = Assert.Single(text.Pages);
        Assert.Equal((200, page.Image.Width), (only.Layout!.Dpi, only.Layout.Width));
        Assert.True(ErrorRateEvaluator.Evaluate(page.GroundTruth, only.Text).Cer < 0.05, only.Text);
        using var searchable = PdfDocument.Open(text.SearchablePdf!);
        Assert.Equal(595, searchable.GetPage(1).Width, 0);
    }

    [Fact]
    public void Renders_a_page_whose_image_is_not_a_jpeg()
    {
        var page = new PageRenderer(dpi: 200).Render(["Sở Y tế chủ trì"], ScanFont.Available[0], maxLinesPerPage: 2).First();
        var only = Scans.Sources(TextReadOptions.Default with { SearchablePdf = false }).Read("scan.pdf", ScanFiles.ImageOnlyPdf([page.Image])).Pages.Single();
        Assert.Equal(300, only.Layout!.Dpi);
    }

    private static string VietnameseTextOf(UglyToad.PdfPig.Content.Page page) =>
        Core.Vietnamese.VietnameseText.Normalize(string.Join(' ', page.GetWords().Select(w => w.Text)));
}
