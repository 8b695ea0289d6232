using System.Text;
using Ingest.Core.Vietnamese;

namespace Ingest.Core.Tests.Vietnamese;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Giảm nghèo", "giam ngheo")]
    [InlineData("ĐIỆN BIÊN", "dien bien")]
    [InlineData("Ủy ban nhân dân", "uy ban nhan dan")]
    [InlineData("Uỷ ban", "uy ban")]
    public void Fold_removes_every_mark_and_lowers_case(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(input));

    [Fact]
    public void Fold_gives_the_same_result_for_decomposed_input()
    {
        var decomposed = "Thủy lợi".Normalize(NormalizationForm.FormD);
        Assert.Equal("thuy loi", VietnameseText.Fold(decomposed));
    }

    [Fact]
    public void Normalize_composes_decomposed_text()
    {
        var decomposed = "Sở Y tế".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Sở Y tế", decomposed);
        Assert.Equal("Sở Y tế", VietnameseText.Normalize(decomposed));
    }

    [Theory]
    [InlineData("Sở Y tế, (chủ trì)!", "so y te chu tri")]
    [InlineData("  Giảm  10% -- biên chế ", "giam 10 bien che")]
    public void FoldForComparison_turns_runs_of_non_letters_into_one_space(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.FoldForComparison(input));

    [Fact]
    public void Normalize_makes_both_styles_equal()
    {
        Assert.Equal("Ủy ban", VietnameseText.Normalize("Uỷ ban"));
        Assert.Equal(VietnameseText.Normalize("Ủy ban"), VietnameseText.Normalize("Uỷ ban"));
        Assert.Equal("hòa thủy khỏe hóa", VietnameseText.Normalize("hoà thuỷ khoẻ hoá"));
    }
}
