using Ingest.Extraction.Structure;

namespace Ingest.Extraction.Tests.Structure;

public class ParagraphSplitterTests
{
    [Fact]
    public void Hard_wrapped_lines_join_and_list_items_start_new_paragraphs()
    {
        var paragraphs = ParagraphSplitter.Split("**1. Sở Y tế chủ trì**\nxây dựng đề án.\n- Rà soát\ncác đơn vị.\n\n+ Báo cáo kết quả.");
        Assert.Equal(["1. Sở Y tế chủ trì xây dựng đề án.", "- Rà soát các đơn vị.", "+ Báo cáo kết quả."], paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("1. Sở Y tế\nChủ trì phối hợp với các sở, ban, ngành tổ chức thực hiện.", "1. Sở Y tế|Chủ trì phối hợp với các sở, ban, ngành tổ chức thực hiện.")]
    [InlineData("3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\nPhối hợp với các ngành tuyên truyền.", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh|Phối hợp với các ngành tuyên truyền.")]
    public void An_owner_heading_read_with_its_paragraph_ends_at_its_line(string text, string expected) =>
        Assert.Equal(expected.Split('|'), ParagraphSplitter.Split(text).Select(p => p.Text));

    [Theory]
    [InlineData("3. Đề nghị Ủy ban Mặt trận\nTổ quốc Việt Nam tỉnh và các đoàn thể tỉnh phối hợp thực hiện.")]
    [InlineData("6. Sở Ngoại\nVụ chủ trì thực hiện.")]
    [InlineData("7. Đề nghị Ủy\nban Mặt trận Tổ quốc Việt Nam thành phố")]
    [InlineData("a) Phối hợp với Sở Y tế và các\nSở, ban, ngành kiểm tra việc thực hiện.")]
    public void A_name_or_a_sentence_wrapped_over_two_lines_stays_one_paragraph(string text) =>
        Assert.Single(ParagraphSplitter.Split(text));

    [Fact]
    public void A_flattened_task_table_becomes_rows_with_cells_and_header()
    {
        const string table = "|\nSTT\n|\nNhiệm vụ\n|\nCơ quan chủ trì\n|\nCơ quan phối hợp\n|\nThời gian\n|\n|\n1\n|\nXây dựng cơ sở\ndữ liệu\n|\nSở Xây dựng\n|\nSở Tài chính\n|\n2026\n|\n\nSau bảng.";
        var paragraphs = ParagraphSplitter.Split(table);
        var row = Assert.Single(paragraphs, p => p.IsTableRow);
        Assert.Equal(["1", "Xây dựng cơ sở dữ liệu", "Sở Xây dựng", "Sở Tài chính", "2026"], row.Cells);
        Assert.Equal("Cơ quan chủ trì", row.Header![2]);
        Assert.Equal("Sau bảng.", paragraphs[^1].Text);
    }

    [Fact]
    public void A_layout_table_gives_its_cells_as_paragraphs()
    {
        var paragraphs = ParagraphSplitter.Split("|\n**ỦY BAN NHÂN DÂN**\nTỈNH ĐẮK LẮK\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n|\nSố: 010/CT-UBND\n|\n\nNội dung.");
        Assert.Equal(["ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 010/CT-UBND", "Nội dung."], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_bold_numbered_heading_glued_to_the_line_before_starts_its_own_paragraph()
    {
        var paragraphs = ParagraphSplitter.Split("II - NỘI DUNG**1. Nhiệm vụ chung**\n\nBan Thường vụ Tỉnh ủy lãnh đạo. **Hoàn thành quý III năm 2018**");
        Assert.Equal(["II - NỘI DUNG", "1. Nhiệm vụ chung", "Ban Thường vụ Tỉnh ủy lãnh đạo. Hoàn thành quý III năm 2018"], paragraphs.Select(p => p.Text));
        Assert.Equal(["II - NỘI DUNG", "1. Nhiệm vụ chung"], ParagraphSplitter.Split("II - NỘI DUNG1. Nhiệm vụ chung").Select(p => p.Text));
    }

    [Fact]
    public void A_dotted_number_with_a_dash_glued_to_it_starts_an_item()
    {
        var paragraphs = ParagraphSplitter.Split("Cấp ủy tổ chức thực hiện các nhiệm vụ sau:\n1.1- Nhiệm vụ thực hiện theo lộ trình");
        Assert.Equal(["Cấp ủy tổ chức thực hiện các nhiệm vụ sau:", "1.1- Nhiệm vụ thực hiện theo lộ trình"], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_wrapped_line_that_starts_with_a_dash_continues_a_long_line()
    {
        var paragraphs = ParagraphSplitter.Split("10. Các Bộ, cơ quan liên quan và các Tập đoàn: Công\nnghiệp - Năng lượng Quốc gia Việt Nam, Bưu chính viễn thông Việt Nam, Công nghiệp\n- Viễn thông Quân đội theo chức năng.\n- Rà soát.");
        Assert.Equal(2, paragraphs.Count);
        Assert.EndsWith("Công nghiệp - Viễn thông Quân đội theo chức năng.", paragraphs[0].Text);
    }

    [Fact]
    public void A_range_wrapped_before_its_dash_stays_one_paragraph()
    {
        var paragraphs = ParagraphSplitter.Split("+ Tổng giá trị sản phẩm Nhãn tham gia xuất khẩu dự kiến đạt 30,2 triệu USD, tốc độ tăng bình quân 05\n- 06%/năm. Thị trường định hướng xuất khẩu.\n- 2 sản phẩm.");
        Assert.Equal(2, paragraphs.Count);
        Assert.Contains("bình quân 05 - 06%/năm.", paragraphs[0].Text);
    }

    [Fact]
    public void A_markdown_pipe_table_of_tasks_gives_one_paragraph_per_row()
    {
        var paragraphs = ParagraphSplitter.Split("""
            **PHỤ LỤC**

            | STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
            |---|---|---|---|---|
            | 1 | Ban hành Quyết định giao chỉ tiêu giảm nghèo | Sở Nông nghiệp và Môi trường | Sở Tài chính | Tháng 12/2025 |
            | 2 | Phân bổ chi tiết kế hoạch vốn | Sở Tài chính | Sở Nông nghiệp và Môi trường | Hằng năm |
            """);
        Assert.Equal(3, paragraphs.Count);
        Assert.Equal(["1", "Ban hành Quyết định giao chỉ tiêu giảm nghèo", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Tháng 12/2025"], paragraphs[1].Cells);
        Assert.Equal("Cơ quan chủ trì", paragraphs[2].Header?[2]);
    }

    [Fact]
    public void A_heading_in_capitals_is_its_own_paragraph_without_blank_lines_around_it()
    {
        var paragraphs = ParagraphSplitter.Split("- Tổng thu từ khách du lịch đạt 10.000 tỷ đồng.\nNHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n1. Đẩy mạnh công tác tuyên truyền.\n\n**III.\nTỔ CHỨC THỰC HIỆN**");
        Assert.Equal(["- Tổng thu từ khách du lịch đạt 10.000 tỷ đồng.", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "1. Đẩy mạnh công tác tuyên truyền.", "III. TỔ CHỨC THỰC HIỆN"],
            paragraphs.Select(p => p.Text));
    }
}
