using Ingest.Synthetic;

namespace Ingest.Text.Tests.Synthetic;

/// <summary>The synthetic scans print in bold the headings the corpus markdown sets in bold, as the originals do.</summary>
public sealed class PrintedHeadingsTests
{
    [Fact]
    public void A_paragraph_in_bold_whole_is_printed_in_bold_and_emphasis_inside_a_sentence_is_not()
    {
        var printed = CorpusText.Printed("**1. Sở Y tế**\n\nChủ trì **phối hợp** thực hiện.\n\n**7. Đề nghị Ủy\nban Mặt trận Tổ quốc**");
        Assert.Equal(
            [new PrintedParagraph("1. Sở Y tế", true), new PrintedParagraph("Chủ trì phối hợp thực hiện.", false), new PrintedParagraph("7. Đề nghị Ủy ban Mặt trận Tổ quốc", true)],
            printed);
    }

    [Fact]
    public void Bold_lines_carry_more_ink_and_the_same_ground_truth()
    {
        var renderer = new PageRenderer();
        var regular = renderer.Render([new PrintedParagraph("1. Sở Y tế chủ trì")], ScanFont.Available[0]).Single();
        var bold = renderer.Render([new PrintedParagraph("1. Sở Y tế chủ trì", Bold: true)], ScanFont.Available[0]).Single();

        Assert.Equal(regular.GroundTruth, bold.GroundTruth);
        Assert.True(Ink(bold.Image) > Ink(regular.Image) * 1.15, $"ink: bold {Ink(bold.Image)}, regular {Ink(regular.Image)}");
    }

    private static int Ink(GrayPage page) => page.Pixels.Count(p => p < 128);
}
