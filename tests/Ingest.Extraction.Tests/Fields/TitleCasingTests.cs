using Ingest.Extraction.Fields;

namespace Ingest.Extraction.Tests.Fields;

public class TitleCasingTests
{
    [Fact]
    public void A_title_in_capitals_takes_the_case_the_document_writes_it_in()
    {
        var title = TitleCasing.Restore(
            "THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC TĂNG CƯỜNG THỰC HIỆN CÔNG TÁC DÂN SỐ",
            ["Trên đây là Kế hoạch thực hiện Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ về việc tăng cường thực hiện công tác dân số trong tình hình mới."]);
        Assert.Equal("Thực hiện Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ về việc tăng cường thực hiện công tác dân số", title);
    }

    [Fact]
    public void A_capital_that_only_starts_a_sentence_is_not_copied_and_unknown_words_are_lower_case()
    {
        var title = TitleCasing.Restore(
            "VỀ VIỆC TĂNG CƯỜNG XỬ LÝ CHỒNG LẤN RỪNG",
            ["Tăng cường xử lý chồng lấn rừng là nhiệm vụ trọng tâm."]);
        Assert.Equal("Về việc tăng cường xử lý chồng lấn rừng", title);
    }

    [Fact]
    public void Names_the_body_capitalises_inside_its_sentences_keep_their_capitals()
    {
        var title = TitleCasing.Restore(
            "TRIỂN KHAI LUẬT TIÊU CHUẨN TRÊN ĐỊA BÀN TỈNH LAI CHÂU",
            ["Ủy ban nhân dân tỉnh Lai Châu ban hành kế hoạch.", "Các sở của tỉnh Lai Châu thực hiện; tầm nhìn tương lai."]);
        Assert.Equal("Triển khai luật tiêu chuẩn trên địa bàn tỉnh Lai Châu", title);
    }

    [Fact]
    public void Document_numbers_stay_in_capitals_and_headings_in_capitals_teach_nothing()
    {
        var title = TitleCasing.Restore(
            "THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW VỀ ĐỘT PHÁ PHÁT TRIỂN",
            ["I. THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW VỀ ĐỘT PHÁ PHÁT TRIỂN"]);
        Assert.Equal("Thực hiện nghị quyết số 57-NQ/TW về đột phá phát triển", title);
    }

    [Theory]
    [InlineData("PHÁT TRIỂN HẠ TẦNG 5G, IoT TRONG CÁC KHU CÔNG NGHỆ CAO", true)]
    [InlineData("Phát triển hạ tầng 5G, IoT", false)]
    public void A_few_lower_case_letters_do_not_make_a_title_written_in_its_own_case(string text, bool capitals) =>
        Assert.Equal(capitals, TitleCasing.IsCapitals(text));
}
