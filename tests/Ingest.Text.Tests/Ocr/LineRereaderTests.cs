using Ingest.Text.Ocr;

namespace Ingest.Text.Tests.Ocr;

/// <summary>How the line rereader tells a good reading of a line from a garbled one.</summary>
public sealed class LineRereaderTests
{
    [Theory]
    // Readings of one short heading of a scanned directive (can-tho-165, page 2) by the two models at two margins.
    [InlineData("1. Sở Y tế", "1: SỞ Ý tẾ")]
    [InlineData("1: SỞ Ý tẾ", "Il.SỚY tế")]
    [InlineData("II. NỘI DUNG THỰC HIỆN", "IL NỘI DỤNG THỰC HIỆN")]
    [InlineData("2. Sở Tài chính", "2. Sở Tàichính")]
    public void A_line_of_Vietnamese_syllables_in_one_case_outranks_a_garbled_reading(string better, string worse)
    {
        Assert.True(LineRereader.Plausibility(better) > LineRereader.Plausibility(worse),
            $"{better}: {LineRereader.Plausibility(better):0.00}, {worse}: {LineRereader.Plausibility(worse):0.00}");
    }

    [Fact]
    public void Numbers_and_punctuation_neither_help_nor_hurt()
    {
        Assert.Equal(1.0, LineRereader.Plausibility("1.1. Sở Y tế; 2,1 con/phụ nữ"));
        Assert.Equal(0.0, LineRereader.Plausibility("12/2025 - 2030"));
    }
}
