using Ingest.Core.Text;
using Ingest.Synthetic;
using Ingest.TestSupport;
using Ingest.Text.Ocr;

namespace Ingest.Text.Tests.Ocr;

/// <summary>Lines read again change the page's word boxes as they change its text.</summary>
public sealed class RereadLayoutTests
{
    [Fact]
    public void The_words_of_a_page_with_headings_read_again_are_the_words_of_its_text()
    {
        // Page 2 of a train directive, with the short owner heading "1. Sở Y tế" that the page pass garbles (bench/RESULTS.md).
        var pages = new PageRenderer().Render(CorpusText.Printed(File.ReadAllText(Corpus.Raw("can-tho-165-kh-ubnd.md"))), ScanFont.Available[0]).ToList();
        var light = Degradation.Named("light");
        var scan = SkiaGray.EncodeJpeg(Degrader.Apply(pages[1].Image, light, seed: 1), light.JpegQuality ?? 80);
        var read = Scans.Sources(TextReadOptions.Default with { SearchablePdf = false }).Read("page.jpg", scan).Pages[0];

        Assert.Contains("1. Sở Y tế", read.Text);
        Assert.Equal(read.Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries), read.Layout!.Words.Select(w => w.Text));
    }

    [Fact]
    public void A_line_read_again_gives_its_words_in_the_place_of_the_old_ones()
    {
        WordBox Word(string text, int left, int top) => new(text, 90, left, top, 40, 20);
        var words = new[] { Word("Kế", 10, 10), Word("hoạch", 60, 10), Word("1-.SỞở", 10, 50), Word("YiẾ", 60, 50), Word("Chủ", 10, 90) };
        var line = new OcrLine("1-.SỞở YiẾ\n", 40, 5, 45, 200, 30);
        var reread = new RereadLine(line, "1. Sở Y tế\n", [Word("1.", 10, 50), Word("Sở", 40, 50), Word("Y", 70, 50), Word("tế", 90, 50)]);

        var replaced = RecognizedElements.WithLinesReplaced(words, [reread]);

        Assert.Equal(["Kế", "hoạch", "1.", "Sở", "Y", "tế", "Chủ"], replaced.Select(w => w.Text));
    }
}
