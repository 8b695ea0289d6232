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

    [Fact]
    public void A_kind_line_naming_its_author_leaves_the_title_to_the_next_line()
    {
        var fields = DocumentFieldsReader.Read("ctr.txt", ParagraphSplitter.Split("""
            TỈNH ỦY LAI CHÂU

            Số 24-CTr/TU

            Lai Châu, ngày 22 tháng 01 năm 2018

            **CHƯƠNG TRÌNH HÀNH ĐỘNG
            CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH**

            **Thực hiện Nghị quyết số 19-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII**
            """));
        Assert.Equal("Chương trình hành động", fields.Kind);
        Assert.Equal("Thực hiện Nghị quyết số 19-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII", fields.Title);
    }

    [Theory]
    [InlineData("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ")]
    [InlineData("TỈNH ỦY LAI CHÂU", "Tỉnh ủy Lai Châu")]
    [InlineData("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "Ủy ban nhân dân tỉnh Đắk Lắk")]
    public void Issuers_in_capitals_get_their_proper_case(string capitals, string expected) =>
        Assert.Equal(expected, IssuerReader.FromCapitals(capitals));

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN\n\nTHÀNH PHỐ CẦN THƠ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n\nSố: 165/KH-UBND\n\nCần Thơ, ngày 21 tháng 11 năm 2025", "Ủy ban nhân dân thành phố Cần Thơ")]
    [InlineData("ỦY BAN NHÂN DÂN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n\nTỈNH QUẢNG TRỊ\n\nSố: 06/CT-UBND\n\nQuảng Trị, ngày 18 tháng 11 năm 2025", "Ủy ban nhân dân tỉnh Quảng Trị")]
    [InlineData("ỦY BAN NHÂN DÂN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 06/CT-UBND\n\nSơn La, ngày 18 tháng 11 năm 2025", "Ủy ban nhân dân tỉnh Sơn La")]
    [InlineData("TÍNH ỦY LAI CHÂU\n\nĐẢNG CỘNG SẲN VIỆT NAM\n\nSố 24-CTr/TU\n\nLai Châu, ngày 22 tháng 01 năm 2018", "Tỉnh ủy Lai Châu")]
    [InlineData("UỶ BAN NHÂN DÂN\n\nTÍNH QUẢNG TRỊ\n\nSố: 06/CT-UBND", "Ủy ban nhân dân tỉnh Quảng Trị")]
    [InlineData("TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 46-CTr/TU Lào Cai, ngày 20 tháng 4 năm 2020", "Tỉnh ủy Lào Cai")]
    [InlineData("UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH YÊN BÁI Độc lập - Tự do - Hạnh phúc\n\nSố: 152/KH-UBND Yên Bái, ngày 24 tháng 9 năm 2018", "Ủy ban nhân dân tỉnh Yên Bái")]
    [InlineData("UBND TỈNH BÌNH ĐỊNH\nVĂN PHÒNG\n\nSố: 87/TB-VPUBND\n\nBình Định, ngày 12 tháng 5 năm 2025", "Văn phòng Ủy ban nhân dân tỉnh Bình Định")]
    public void A_scanned_header_that_puts_the_place_on_a_line_of_its_own_keeps_it_in_the_issuer(string header, string expected)
    {
        var fields = DocumentFieldsReader.Read("scan.pdf", ParagraphSplitter.Split(header + "\n\nKẾ HOẠCH\n\nVỀ VIỆC THỰC HIỆN\n\nNội dung."));
        Assert.Equal(expected, fields.Issuer);
    }

    [Fact]
    public void A_signature_line_misread_by_OCR_still_names_the_party_committee()
    {
        var text = "Số 26-KH/TU\n\nKẾ HOẠCH\n\nVỀ VIỆC THỰC HIỆN\n\nNội dung.\n\nT/M BẠN THƯỜNG VỤ PHÓ BÍ THƯ\n\nNguyễn Văn A";
        Assert.Equal("Ban Thường vụ Tỉnh ủy", DocumentFieldsReader.Read("scan.pdf", ParagraphSplitter.Split(text)).Issuer);
    }

    [Fact]
    public void A_date_inside_a_sentence_names_no_place_and_yields_to_the_dateline()
    {
        const string body = "1. Bộ Xây dựng hoàn thiện dự thảo Nghị định, trình Chính phủ trước ngày 30 tháng 6 năm 2025.";
        var withoutDateline = DocumentFieldsReader.Read("tb.md", ParagraphSplitter.Split("THÔNG BÁO\n\n" + body));
        Assert.Null(withoutDateline.Place);
        var withDateline = DocumentFieldsReader.Read("tb.md", ParagraphSplitter.Split(body + "\n\nHà Nội, ngày 12 tháng 5 năm 2025"));
        Assert.Equal(("Hà Nội", "2025-05-12"), (withDateline.Place, withDateline.Date));
    }
}
