using Ingest.Core.Vietnamese;

namespace Ingest.Core.Tests.Vietnamese;

public class ToneMarkPlacementTests
{
    // traditional (the project's style), modern
    public static TheoryData<string, string> Pairs => new()
    {
        { "hòa", "hoà" },
        { "hóa", "hoá" },
        { "thủy", "thuỷ" },
        { "khỏe", "khoẻ" },
        { "Ủy ban", "Uỷ ban" },
        { "ỦY BAN", "UỶ BAN" },
        { "Hòa Bình", "Hoà Bình" },
        { "HÒA", "HOÀ" },
        { "tọa đàm", "toạ đàm" },
        { "lũy kế", "luỹ kế" },
        { "Thủy lợi", "Thuỷ lợi" },
        { "xòe", "xoè" },
        { "tùy", "tuỳ" },
    };

    // Words whose mark is in the same place in both styles.
    [Theory]
    [InlineData("hoàng")]
    [InlineData("thuyền")]
    [InlineData("khuyến")]
    [InlineData("Nguyễn")]
    [InlineData("quý")]
    [InlineData("Quý")]
    [InlineData("quả")]
    [InlineData("quốc")]
    [InlineData("giá")]
    [InlineData("giữa")]
    [InlineData("giường")]
    [InlineData("người")]
    [InlineData("mùa")]
    [InlineData("mía")]
    [InlineData("của")]
    [InlineData("ngoài")]
    [InlineData("khuỷu")]
    [InlineData("thuở")]
    [InlineData("hoạch")]
    [InlineData("Huỳnh")]
    [InlineData("tuấn")]
    [InlineData("gì")]
    [InlineData("xoáy")]
    [InlineData("rượu")]
    [InlineData("tiếng")]
    [InlineData("yếu")]
    public void Words_outside_open_oa_oe_uy_are_the_same_in_both_styles(string word)
    {
        Assert.Equal(word, ToneMarkPlacement.ToTraditional(word));
        Assert.Equal(word, ToneMarkPlacement.ToModern(word));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Modern_style_becomes_traditional(string traditional, string modern) =>
        Assert.Equal(traditional, ToneMarkPlacement.ToTraditional(modern));

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Traditional_style_becomes_modern(string traditional, string modern) =>
        Assert.Equal(modern, ToneMarkPlacement.ToModern(traditional));

    [Theory]
    [InlineData("qủa", "quả")]
    [InlineData("qúy", "quý")]
    [InlineData("gía", "giá")]
    [InlineData("hoàng", "hoàng")]
    [InlineData("hòang", "hoàng")]
    [InlineData("thùyên", "thuyền")]
    [InlineData("ngòai", "ngoài")]
    [InlineData("mưá", "mứa")]
    public void A_mark_on_the_wrong_vowel_moves_to_the_right_one(string written, string expected) =>
        Assert.Equal(expected, ToneMarkPlacement.ToTraditional(written));

    [Theory]
    [InlineData("Uỷ ban nhân dân tỉnh Hoà Bình, Sở Y tế: khoẻ mạnh.")]
    [InlineData("email 19-NQ/TW, COVID-19, café")]
    [InlineData("NghiÌ£ caÌc")] // UTF-8 read as Windows-1252: not syllables, marks stay where they are
    [InlineData("")]
    public void Text_in_traditional_style_or_not_Vietnamese_keeps_everything_else(string text)
    {
        var traditional = ToneMarkPlacement.ToTraditional(text);
        Assert.Equal(text.Length, traditional.Length);
        Assert.Equal(VietnameseText.FoldForComparison(text), VietnameseText.FoldForComparison(traditional));
    }

    [Fact]
    public void Text_that_needs_nothing_is_returned_as_the_same_instance()
    {
        var text = "Ủy ban nhân dân tỉnh Hòa Bình";
        Assert.Same(text, ToneMarkPlacement.ToTraditional(text));
    }
}
