using System.Text;
using Ingest.Core.Vietnamese;

namespace Ingest.Core.Tests.Vietnamese;

public class VietnameseFoldingTests
{
    // Every Vietnamese letter, lower and upper case, by base letter.
    [Theory]
    [InlineData("aàáảãạăằắẳẵặâầấẩẫậAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'a')]
    [InlineData("eèéẻẽẹêềếểễệEÈÉẺẼẸÊỀẾỂỄỆ", 'e')]
    [InlineData("iìíỉĩịIÌÍỈĨỊ", 'i')]
    [InlineData("oòóỏõọôồốổỗộơờớởỡợOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'o')]
    [InlineData("uùúủũụưừứửữựUÙÚỦŨỤƯỪỨỬỮỰ", 'u')]
    [InlineData("yỳýỷỹỵYỲÝỶỸỴ", 'y')]
    [InlineData("dđDĐ", 'd')]
    public void FoldChar_folds_every_vietnamese_letter_to_its_base(string letters, char expected)
    {
        foreach (var letter in letters)
        {
            Assert.Equal(expected, VietnameseText.FoldChar(letter));
        }
        Assert.Equal(new string(expected, letters.Length), VietnameseText.Fold(letters));
    }

    [Fact]
    public void Fold_treats_decomposed_and_both_tone_styles_alike()
    {
        var decomposed = "ĐOÀN THỦY LỢI Uỷ ban".Normalize(NormalizationForm.FormD);
        Assert.Equal("doan thuy loi uy ban", VietnameseText.Fold(decomposed));
        Assert.Equal("hoa", VietnameseText.Fold("hoà"));
        Assert.Equal("hoa", VietnameseText.Fold("hòa"));
    }

    [Fact]
    public void Fold_keeps_every_other_character_in_place()
    {
        Assert.Equal("so 19/kh-ubnd, “ke hoach” – 5%", VietnameseText.Fold("Số 19/KH-UBND, “Kế hoạch” – 5%"));
    }
}
