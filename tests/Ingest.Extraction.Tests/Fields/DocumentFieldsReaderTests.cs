using Ingest.Extraction.Fields;
using Ingest.Extraction.Structure;

namespace Ingest.Extraction.Tests.Fields;

public class DocumentFieldsReaderTests
{
    private const string Header = """
        |
        **ỦY BAN NHÂN DÂN**
        THÀNH PHỐ CẦN THƠ
        -------
        |
        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
        |
        |
        Số: 157/KH-UBND
        |
        *Cần Thơ, ngày 18
        tháng 11 năm 2025*
        |

        **KẾ HOẠCH**

        PHÁT ĐỘNG PHONG TRÀO THI ĐUA

        Thực hiện Chỉ thị số 21/CT-TTg ngày 25 tháng 11 năm 2022 của Thủ tướng Chính phủ.

        Nơi nhận:
        - Như trên;
        |
        **KT. CHỦ TỊCH**
        **PHÓ CHỦ TỊCH**

        **Nguyễn Thị Ngọc Điệp**
        |
        """;

    [Fact]
    public void Reads_the_header_the_title_block_and_the_signature()
    {
        var fields = DocumentFieldsReader.Read("ct.md", ParagraphSplitter.Split(Header));
        Assert.Equal("157/KH-UBND", fields.Number);
        Assert.Equal("Kế hoạch", fields.Kind);
        Assert.Equal("2025-11-18", fields.Date);
        Assert.Equal("Cần Thơ", fields.Place);
        Assert.Equal("Ủy ban nhân dân thành phố Cần Thơ", fields.Issuer);
        Assert.Equal("Nguyễn Thị Ngọc Điệp", fields.Signer);
        Assert.Equal(["21/CT-TTg"], fields.References);
    }

    [Theory]
    [InlineData("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ")]
    [InlineData("TỈNH ỦY LAI CHÂU", "Tỉnh ủy Lai Châu")]
    [InlineData("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "Ủy ban nhân dân tỉnh Đắk Lắk")]
    public void Issuers_in_capitals_get_their_proper_case(string capitals, string expected) =>
        Assert.Equal(expected, IssuerReader.FromCapitals(capitals));
}
