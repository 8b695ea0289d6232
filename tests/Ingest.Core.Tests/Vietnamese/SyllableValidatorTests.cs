using Ingest.Core.Vietnamese;

namespace Ingest.Core.Tests.Vietnamese;

public class SyllableValidatorTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("ở")]
    [InlineData("nghiêng")]
    [InlineData("người")]
    [InlineData("khuyến")]
    [InlineData("quyết")]
    [InlineData("quý")]
    [InlineData("quốc")]
    [InlineData("quên")]
    [InlineData("giữa")]
    [InlineData("giếng")]
    [InlineData("gì")]
    [InlineData("kỹ")]
    [InlineData("ghế")]
    [InlineData("nghĩ")]
    [InlineData("thuở")]
    [InlineData("khuỷu")]
    [InlineData("hoạch")]
    [InlineData("Ủy")]
    [InlineData("Uỷ")]
    [InlineData("ĐẢNG")]
    [InlineData("tập")]
    [InlineData("việc")]
    [InlineData("rượu")]
    [InlineData("yếu")]
    [InlineData("xoong")]
    public void Vietnamese_syllables_are_valid(string word) => Assert.True(SyllableValidator.IsValid(word), word);

    [Theory]
    [InlineData("tầp")]      // p/t/c/ch take only sắc or nặng
    [InlineData("việt")]      // ok, control below
    public void Tone_rule_for_closed_rhymes(string word) =>
        Assert.Equal(word == "việt", SyllableValidator.IsValid(word));

    [Theory]
    [InlineData("hoàt")]     // huyền on a rhyme closed by t
    [InlineData("mỗc")]      // ngã on a rhyme closed by c
    [InlineData("kách")]     // hỏi on ach
    [InlineData("ngiệp")]    // ngh before i
    [InlineData("ghà")]      // gh before a
    [InlineData("ka")]       // k before a
    [InlineData("ci")]       // c before i
    [InlineData("ge")]       // g before e
    [InlineData("ăn")]       // ok, control: see below
    public void Spelling_and_tone_rules(string word) =>
        Assert.Equal(word == "ăn", SyllableValidator.IsValid(word));

    [Theory]
    [InlineData("ă")]        // ă needs a final consonant
    [InlineData("âu")]       // ok: âu is a rhyme (control)
    [InlineData("đổí")]      // two tone marks
    [InlineData("uoa")]      // no such rhyme
    [InlineData("tl")]       // no vowel
    [InlineData("bank")]     // k is no final consonant
    [InlineData("free")]     // f and ee
    [InlineData("Đắk")]      // a name outside the syllable rules
    [InlineData("UBND")]
    [InlineData("hoạtđộng")] // two syllables run together
    [InlineData("")]
    public void Non_syllables_are_invalid(string word) =>
        Assert.Equal(word == "âu", SyllableValidator.IsValid(word));
}
