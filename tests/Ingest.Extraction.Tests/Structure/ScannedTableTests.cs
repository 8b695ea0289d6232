using Ingest.Extraction.Structure;

namespace Ingest.Extraction.Tests.Structure;

/// <summary>Task tables as OCR gives them: one paragraph per cell, no bars (modelled on scanned train documents).</summary>
public class ScannedTableTests
{
    private const string Scanned = """
        PHỤ LỤC

        DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM

        STT

        Tên nhiệm vụCơ quan chủ trì
        Cơ quan phối hợp

        Thời gian hoàn thành

        I NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY

        1

        Triển khai nền tảng đào tạo trực tuyến mở đại trà, cung cấp kiến thức, kỹ năng số, công
        nghệ số cơ bản cho người dân, doanh nghiệp.

        Sở Khoa học và Công nghệ

        Các sở, ban, ngành tỉnh; UBND các xã, phường

        Thường xuyên

        Z

        Triển khai đánh giá mức độ chuyển đổi số trong các doanh nghiệp trên địa bàn Tỉnh.
        Sở Công Thương

        Các sở, ban, ngành tỉnh

        Quí IV-2025

        6

        Xây dựng Kế hoạch hỗ trợ doanh nghiệp tham gia phát triển các ứng dụng, dịch vụ số mới
        theo hình thức hợp tác công tư (PPP)

        Sở Nội vụCác sở, ban, ngành tỉnh; UBND các xã, phường

        Quý IV/2025- Quý II/2026

        7

        Xây dựng và ban hành các tiêu chuẩn quốc gia, quy chuẩn kỹ thuật về cơ sở dữ liệu
        kết cấu hạ tầng

        Bộ Xây dựng
        Bộ Khoa học và Công nghệ

        2026-2027

        Nơi nhận:
        """;

    [Fact]
    public void Rebuilds_one_row_per_time_cell_with_the_cells_in_their_columns()
    {
        var rows = ParagraphSplitter.Split(Scanned).Where(p => p.IsTableRow).ToList();
        var tasks = rows.Where(r => r.Cells![1].StartsWith("Triển khai", StringComparison.Ordinal) || r.Cells![1].StartsWith("Xây dựng", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, tasks.Count);
        Assert.All(rows, r => Assert.Equal(r.Header!.Count, r.Cells!.Count));
        Assert.Equal(["Sở Khoa học và Công nghệ", "Các sở, ban, ngành tỉnh; UBND các xã, phường", "Thường xuyên"], tasks[0].Cells!.Skip(2));
        // The lead OCR ran into the task's last line, and the partners OCR put on the lead's line, are cells again.
        Assert.Equal("Triển khai đánh giá mức độ chuyển đổi số trong các doanh nghiệp trên địa bàn Tỉnh.", tasks[1].Cells![1]);
        Assert.Equal(["Sở Công Thương", "Các sở, ban, ngành tỉnh", "Quí IV-2025"], tasks[1].Cells!.Skip(2));
        Assert.Equal(["Sở Nội vụ", "Các sở, ban, ngành tỉnh; UBND các xã, phường", "Quý IV/2025- Quý II/2026"], tasks[2].Cells!.Skip(2));
        Assert.Equal(["Bộ Xây dựng", "Bộ Khoa học và Công nghệ", "2026-2027"], tasks[3].Cells!.Skip(2));
    }

    [Fact]
    public void A_group_title_is_a_row_of_its_own_and_no_task()
    {
        var rows = ParagraphSplitter.Split(Scanned).Where(p => p.IsTableRow).ToList();
        Assert.Contains(rows, r => r.Cells![0] == "I" && r.Cells![1] == "NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY");
    }

    [Fact]
    public void The_rebuilt_rows_give_tasks_with_owners_and_deadlines()
    {
        var extraction = DirectiveExtractor.WithShippedModels().Extract("scan.pdf", Ingest.Core.Text.DocumentText.SinglePage("KẾ HOẠCH\n\nVề chuyển đổi số\n\n" + Scanned, Ingest.Core.Text.TextMethod.Ocr));
        var task = Assert.Single(extraction.Tasks, t => t.Text.StartsWith("Xây dựng Kế hoạch hỗ trợ", StringComparison.Ordinal));
        Assert.Equal([("Sở Nội vụ", "lead"), ("Các sở, ban, ngành tỉnh", "support"), ("Ủy ban nhân dân các xã, phường", "support")],
            task.Owners.Select(o => (o.Name, o.Role)));
        Assert.Equal("2026-06-30", task.Deadline?.Due);
    }

    [Theory]
    [InlineData("2026-2030", true)]
    [InlineData("Thường xuyên, hằng năm", true)]
    [InlineData("Quý III Năm 2026", true)]
    [InlineData("Năm 2026", true)]
    [InlineData("Sở Tài chính", false)]
    [InlineData("Các văn bản được ban hành năm 2026", false)]
    [InlineData("1", false)]
    public void A_time_cell_is_only_a_time(string text, bool expected) =>
        Assert.Equal(expected, ScannedTable.IsTimeCell(text));

    [Theory]
    [InlineData("STT")]
    [InlineData("ST")]
    [InlineData("TT")]
    [InlineData("Số TT")]
    public void The_number_column_may_be_misread(string numberColumn)
    {
        var text = Scanned.Replace("\nSTT\n", "\n" + numberColumn + "\n", StringComparison.Ordinal);
        Assert.Equal(5, ParagraphSplitter.Split(text).Count(p => p.IsTableRow)); // a group row and four tasks
    }

    [Fact]
    public void A_number_column_run_into_the_line_before_it_still_starts_the_table()
    {
        var text = Scanned.Replace("DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM\n\nSTT\n", "DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM\nSTT\n", StringComparison.Ordinal);
        var paragraphs = ParagraphSplitter.Split(text);
        Assert.Equal(5, paragraphs.Count(p => p.IsTableRow));
        Assert.Contains(paragraphs, p => p.Text == "DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM");
    }

    [Fact]
    public void A_garbled_time_cell_does_not_end_the_table_and_a_lead_glued_to_the_task_is_split_off()
    {
        var text = Scanned.Replace("Quí IV-2025", "Quí ITV-2025 dự kiến", StringComparison.Ordinal)
            .Replace("trên địa bàn Tỉnh.\nSở Công Thương", "trên địa bàn Tỉnh.Sở Công Thương", StringComparison.Ordinal);
        var rows = ParagraphSplitter.Split(text).Where(p => p.IsTableRow).ToList();
        Assert.Equal(5, rows.Count);
        var glued = rows.Single(r => r.Cells![1].StartsWith("Triển khai đánh giá", StringComparison.Ordinal));
        Assert.Equal(["Triển khai đánh giá mức độ chuyển đổi số trong các doanh nghiệp trên địa bàn Tỉnh.", "Sở Công Thương"], glued.Cells!.Skip(1).Take(2));
        Assert.Contains(rows, r => r.Cells![1].StartsWith("Xây dựng Kế hoạch hỗ trợ", StringComparison.Ordinal) && r.Cells![2] == "Sở Nội vụ");
    }

    [Fact]
    public void Text_without_a_task_table_header_is_left_as_it_is()
    {
        var text = "1. Sở Y tế\n\na) Chủ trì triển khai.\n\n2026-2030\n\nThường xuyên";
        Assert.DoesNotContain(ParagraphSplitter.Split(text), p => p.IsTableRow);
    }

    [Fact]
    public void Columns_after_the_time_are_skipped_a_misread_number_column_still_opens_the_table_and_a_number_glued_to_the_time_is_dropped()
    {
        var paragraphs = ParagraphSplitter.Split("""
            PHỤ LỤC

            hạ tk

            Nhiệm vụ

            Cơ quan chủ trì

            Cơ quan phối hợp

            Thời gian dự kiến hoàn thành

            Kết quả dự kiến

            Nguồn kinh phí

            1

            Phối hợp rà soát, sửa đổi Luật Quy hoạch và xây dựng các văn bản quy phạm pháp luật có liên quan.

            Sở Tài chính

            Các sở, ngành, UBND xã, phường, đặc khu

            Quý IV/2025

            Luật Quy hoạch, Quyết định của cấp có thẩm quyền

            Chi thường xuyên hoặc nguồn vốn hợp pháp khác (nếu có)

            Z

            Phối hợp xây dựng nội dung quy định việc cập nhật cơ sở dữ liệu quốc gia về quy hoạch.

            Sở Tài chính

            Các sở, ngành, UBND xã, phường, đặc khu

            Năm 2025 - 20263


            Phối hợp góp ý Thông tư quy định yêu cầu về cấu trúc của cơ sở dữ liệu hồ sơ quy hoạch.

            Sở Tài chính

            Các sở, ngành

            Năm 2025 - 2026
            """);
        var rows = paragraphs.Where(p => p.IsTableRow).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("Sở Tài chính", r.Cells![2]));
        Assert.Equal(["Quý IV/2025", "Năm 2025 - 2026", "Năm 2025 - 2026"], rows.Select(r => r.Cells![4]));
    }
}
