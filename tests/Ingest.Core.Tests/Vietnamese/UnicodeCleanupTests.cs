using System.Text;
using Ingest.Core.Vietnamese;

namespace Ingest.Core.Tests.Vietnamese;

public class UnicodeCleanupTests
{
    [Theory]
    [InlineData("S\u1EDF Y t\u1EBF", "Sở Y tế")]                       // already NFC
    [InlineData("So\u031B\u0309 Y te\u0302\u0301", "Sở Y tế")]           // decomposed
    [InlineData("te\u0301\u0302", "tế")]                                 // tone typed before the circumflex
    [InlineData("vie\u0323\u0302c", "việc")]                             // dot below before the circumflex
    [InlineData("vie\u0302\u0323\u0323c", "việc")]                       // mark typed twice
    [InlineData("\u0405\u1EDF", "Sở")]                                   // Cyrillic Ѕ
    [InlineData("\u0421\u00F4ng", "Công")]                                // Cyrillic С
    [InlineData("Vi\u0435\u0323\u0302t Nam", "Việt Nam")]               // Cyrillic е under Vietnamese marks
    [InlineData("\u0422\u1ED5 ch\u1EE9c", "Tổ chức")]                    // Cyrillic Т
    [InlineData("\u039Fng", "Ong")]                                      // Greek Ο
    [InlineData("\u00D0\u1EA3ng", "Đảng")]                               // Icelandic Ð for Đ
    [InlineData("\u00F0\u1ED3ng", "đồng")]                               // ð for đ
    [InlineData("\u0189i\u1EC7n", "Điện")]                               // African Ɖ
    [InlineData("d\u0335\u00EA\u0300", "đề")]                            // d with a combining stroke
    [InlineData("ph\u00E1t\u200Btri\u1EC3n", "pháttriển")]              // zero-width space
    [InlineData("c\u00F4ng\u00ADt\u00E1c", "côngtác")]                  // soft hyphen
    [InlineData("\uFEFFNgh\u1ECB quy\u1EBFt", "Nghị quyết")]             // BOM inside the text
    [InlineData("Ngh\u1ECB\u00A0quy\u1EBFt", "Nghị quyết")]              // no-break space
    [InlineData("s\u1ED1\u202F19", "số 19")]                             // narrow no-break space
    [InlineData("ca\u00B4c", "các")]                                     // spacing acute after a vowel
    [InlineData("nha\u02CB", "nhà")]                                     // modifier grave
    [InlineData("\uFB01le", "file")]                                     // ligature
    [InlineData("\uFF33\u1EDF", "Sở")]                                   // fullwidth S
    [InlineData("Ti\uF0D6ng Vi\uF0D6t", "Tiệng Việt")]                   // symbol-font TCVN3 (Ö = ệ) in the private-use area
    public void Cleans_what_ocr_and_old_pdfs_produce(string input, string expected)
    {
        var cleaned = UnicodeCleanup.Clean(input);
        Assert.Equal(expected, cleaned);
        Assert.True(cleaned.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("\u041C\u043E\u0441\u043A\u0432\u0430")] // Москва: a Cyrillic word stays Cyrillic
    [InlineData("\u03B1 = 0,5")]                         // a Greek letter standing alone
    [InlineData("Hà Nội – “Thủ đô” … 5%")]
    [InlineData("x´")]                                    // a spacing accent after a consonant is kept
    public void Leaves_genuine_characters_alone(string input) =>
        Assert.Equal(input.Normalize(NormalizationForm.FormC), UnicodeCleanup.Clean(input));

    [Fact]
    public void Clean_text_is_returned_as_the_same_instance()
    {
        var text = "Ủy ban nhân dân tỉnh – “Kế hoạch” số 19/KH-UBND (2025).";
        Assert.Same(text, UnicodeCleanup.Clean(text));
    }
}
