using Ingest.Extraction.Deadlines;

namespace Ingest.Extraction.Tests.Deadlines;

public class TimeExpressionParserTests
{
    [Theory]
    // The examples of the annotation guide.
    [InlineData("Hoàn thành trong năm 2019.", null, "2019-12-31", null)]
    [InlineData("Hoàn thành xong trong quý IV năm 2018.", null, "2018-12-31", null)]
    [InlineData("hoàn thành trong Quý I năm 2019", null, "2019-03-31", null)]
    [InlineData("hoàn thành trong tháng 3/2018", null, "2018-03-31", null)]
    [InlineData("hoàn thành trước năm 2020", null, "2019-12-31", null)]
    [InlineData("hoàn thành trước tháng 10 năm 2025", null, "2025-09-30", null)]
    [InlineData("trước tháng 01/2026", null, "2025-12-31", null)]
    [InlineData("báo cáo trước ngày 15/12/2024", null, "2024-12-15", null)]
    [InlineData("Thời gian thực hiện các nhiệm vụ trên từ năm 2018 và hoàn thành xong trong Quý IV năm 2019.", "2018", "2019-12-31", null)]
    // Other forms of the corpus.
    [InlineData("trước ngày 31 tháng 12 năm 2025", null, "2025-12-31", null)]
    [InlineData("Quý IV/2025", null, "2025-12-31", null)]
    [InlineData("Quí IV-2025", null, "2025-12-31", null)]
    [InlineData("hoàn thành xong trong Quý TV năm 2019", null, "2019-12-31", null)]
    [InlineData("Quý IV/2025- Quý II/2026", "2025-10", "2026-06-30", null)]
    [InlineData("Quý IV/2025- Quý 11/2026", "2025-10", "2026-06-30", null)] // OCR: II read as 11 (ha-noi-310 scanned)
    [InlineData("Quý 111 năm 2026", null, "2026-09-30", null)]
    [InlineData("Quý lV năm 2026", null, "2026-12-31", null)]
    [InlineData("Quí ITV-2025", null, "2025-12-31", null)]
    [InlineData("Từ Quý ITV/2025 đến năm 2027", "2025-10", "2027-12-31", null)]
    [InlineData("Trình dự thảo Luật Đất đai sửa đổi hoàn thành trong năm 2025", null, "2025-12-31", null)]
    [InlineData("Từ ngày 15/11/2025 đến ngày 15/12/2025.", "2025-11-15", "2025-12-15", null)]
    [InlineData("trong tháng 11 năm 2025", null, "2025-11-30", null)]
    [InlineData("từ nay đến năm 2030", null, "2030-12-31", null)]
    [InlineData("đến hết năm 2025", null, "2025-12-31", null)]
    [InlineData("giai đoạn 2020 - 2025", "2020", "2025-12-31", null)]
    [InlineData("6 tháng đầu năm 2026", null, "2026-06-30", null)]
    [InlineData("Thực hiện thường xuyên từ năm 2018, hoàn thành chậm nhất trong quý IV năm 2020.", "2018", "2020-12-31", "ongoing")]
    [InlineData("Năm 2025 và các năm tiếp theo.", "2025", null, null)]
    [InlineData("Hoàn thành quý III năm 2018 và thực hiện các năm tiếp theo.", null, "2018-09-30", null)]
    // A limit outranks a plain time, and the action outranks its leading topic.
    [InlineData("Tổ chức tập huấn trong năm 2018, hoàn thành trước ngày 30/9/2018.", null, "2018-09-30", null)]
    [InlineData("Về điều chuyển số vốn dư, không giải ngân trong năm 2025: Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện trong Quý I năm 2026.", null, "2026-03-31", null)]
    public void Reads_start_due_and_recurrence(string text, string? start, string? due, string? recurrence)
    {
        var time = TimeExpressionParser.Parse(text);
        Assert.NotNull(time);
        Assert.Equal((start, due, recurrence), (time.Start, time.Due, time.Recurrence));
    }

    [Theory]
    [InlineData("Thực hiện thường xuyên hàng năm.", "annual")]
    [InlineData("Định kỳ 6 tháng, năm báo cáo kết quả.", "semiannual")]
    [InlineData("Báo cáo hằng quý về Sở Nội vụ.", "quarterly")]
    [InlineData("cập nhật hằng tháng", "monthly")]
    [InlineData("Thường xuyên", "ongoing")]
    [InlineData("Thường xuyên, hằng năm", "annual")]
    [InlineData("Báo cáo hàng tháng, 6 tháng và năm về Sở Nội vụ.", "monthly")] // the most frequent period (annotation notes)
    public void Reads_recurrence_words(string text, string recurrence) =>
        Assert.Equal(recurrence, TimeExpressionParser.Parse(text)?.Recurrence);

    [Theory]
    [InlineData("bố trí kinh phí chi thường xuyên cho đơn vị")]
    [InlineData("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên cấp huyện")]
    public void Budget_and_school_terms_are_not_recurrence(string text) =>
        Assert.Null(TimeExpressionParser.Parse(text));

    [Theory]
    [InlineData("Thực hiện Nghị quyết số 15-NQ/TU ngày 16/03/2018 của Ban Thường vụ Tỉnh ủy")]
    [InlineData("theo Kết luận số 21-KL/TW ngày 25 tháng 10 năm 2021 của Ban Chấp hành Trung ương")]
    [InlineData("Xây dựng Đề án phát triển nguồn nhân lực giai đoạn 2026 - 2030")]
    [InlineData("trách nhiệm của cộng đồng trong việc bảo vệ nguồn nước theo quy định tại Luật Tài nguyên nước năm 2023.")]
    [InlineData("tuyên truyền Bộ luật Lao động năm 2019 và Hiến pháp năm 2013")]
    public void Dates_of_cited_documents_and_periods_of_plans_are_not_deadlines(string text) =>
        Assert.Null(TimeExpressionParser.Parse(text)?.Due);

    [Fact]
    public void A_date_without_year_takes_the_year_of_the_document()
    {
        var time = TimeExpressionParser.Parse("từ ngày 15/11 đến ngày 15/12", documentYear: 2025);
        Assert.Equal(("2025-11-15", "2025-12-15"), (time?.Start, time?.Due));
    }

    [Theory]
    [InlineData("Thu thập, số hóa cơ sở dữ liệu quy hoạch (2025 - 2030).", "2025", "2030-12-31")]
    [InlineData("Đào tạo nhân lực (xuyên suốt 2025 - 2035)", "2025", "2035-12-31")]
    public void A_bare_period_after_the_work_is_its_time(string text, string start, string due)
    {
        var time = TimeExpressionParser.Parse(text);
        Assert.Equal((start, due), (time?.Start, time?.Due));
    }

    [Fact]
    public void A_recurring_report_date_without_a_year_names_no_due_date()
    {
        var time = TimeExpressionParser.Parse("Định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6) báo cáo.", documentYear: 2025);
        Assert.Equal((null, "monthly"), (time?.Due, time?.Recurrence));
    }

    [Fact]
    public void Text_without_time_gives_null() =>
        Assert.Null(TimeExpressionParser.Parse("Sở Y tế chủ trì xây dựng đề án nâng cao năng lực đào tạo."));

    [Theory]
    [InlineData("Định kỳ báo cáo kết quả về Sở Khoa học và Công nghệ.")]
    [InlineData("Báo cáo trước 19h00 hằng ngày về Ban Chỉ đạo.")]
    [InlineData("Hoàn thành trong 10 ngày kể từ ngày nhận được kế hoạch.")]
    public void A_time_without_a_date_keeps_its_text_only(string text)
    {
        var time = TimeExpressionParser.Parse(text, documentYear: 2025);
        Assert.NotNull(time);
        Assert.Equal((null, null, null), (time.Start, time.Due, time.Recurrence));
        Assert.Contains(text.TrimEnd('.'), time.Text + ".", StringComparison.Ordinal);
    }

    [Fact]
    public void The_year_a_target_is_compared_with_is_no_due() =>
        Assert.Equal((null, "ongoing"), (TimeExpressionParser.Parse("Giảm ít nhất 30% thời gian giải quyết thủ tục hành chính so với năm 2024; thường xuyên đánh giá mức độ hài lòng.", 2025)?.Due,
            TimeExpressionParser.Parse("Giảm ít nhất 30% thời gian giải quyết thủ tục hành chính so với năm 2024; thường xuyên đánh giá mức độ hài lòng.", 2025)?.Recurrence));

    [Fact]
    public void A_session_at_the_end_of_a_year_is_a_due() =>
        Assert.Equal("2025-12-31", TimeExpressionParser.Parse("Trình Hội đồng nhân dân tỉnh ban hành chính sách tại kỳ họp cuối năm 2025.", 2025)?.Due);
}
