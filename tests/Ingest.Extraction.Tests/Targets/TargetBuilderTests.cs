using Ingest.Extraction.Structure;
using Ingest.Extraction.Targets;

namespace Ingest.Extraction.Tests.Targets;

public class TargetBuilderTests
{
    private static IReadOnlyList<Core.Extraction.TargetItem> Build(string text, string kind) =>
        TargetBuilder.Build(OutlineBuilder.Build(ParagraphSplitter.Split(text)), kind);

    [Fact]
    public void A_goal_in_a_document_without_parts_is_a_target_but_background_numbers_are_not()
    {
        var targets = Build("""
            THÔNG BÁO

            Kết luận của Thủ tướng Chính phủ tại cuộc họp về giải ngân vốn đầu tư công

            Năm 2024, cả nước giải ngân đạt 85% kế hoạch vốn.

            Phấn đấu giải ngân 100% kế hoạch vốn đầu tư công năm 2025.
            """, "Thông báo");
        var target = Assert.Single(targets);
        Assert.Equal((100m, "%", "2025"), (target.Value, target.Unit, target.Due));
    }

    [Fact]
    public void In_a_goals_part_a_count_without_a_cue_word_is_a_target_and_a_lone_verb_is_no_metric()
    {
        var targets = Build("""
            I. MỤC TIÊU

            2. Chỉ tiêu cụ thể đến năm 2030

            - Hằng năm giải quyết việc làm cho 35.000 lao động.

            - Có ít nhất 3 doanh nghiệp khoa học và công nghệ.

            - Tạo việc làm mới cho khoảng 12.000 người mỗi năm.

            II. NHIỆM VỤ

            1. Sở Y tế chủ trì tổ chức 02 hội nghị tập huấn.
            """, "Kế hoạch");
        Assert.Equal([(35000m, "lao động"), (3m, "doanh nghiệp"), (12000m, "người")], targets.Select(t => (t.Value, t.Unit)));
        Assert.All(targets, t => Assert.Equal("2030", t.Due));
        Assert.Equal("doanh nghiệp khoa học và công nghệ", targets[1].Metric);
    }

    [Fact]
    public void A_line_that_names_the_year_before_a_flat_list_gives_it_to_the_goals_after_it()
    {
        var targets = Build("""
            II. MỤC TIÊU

            Phấn đấu đến hết năm 2025:

            - 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.

            - Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên.

            III. NHIỆM VỤ

            1. Sở Tài chính bố trí kinh phí, bảo đảm giải ngân đạt 95% kế hoạch vốn được giao.
            """, "Kế hoạch");
        Assert.Equal([(100m, "2025"), (98m, "2025"), (95m, null)], targets.Select(t => (t.Value, t.Due)));
    }

    [Fact]
    public void Purpose_parts_give_no_targets()
    {
        var targets = Build("""
            KẾ HOẠCH

            I. MỤC ĐÍCH, YÊU CẦU

            1. Phấn đấu 100% cán bộ được quán triệt Nghị quyết.
            """, "Kế hoạch");
        Assert.Empty(targets);
    }

    [Fact]
    public void Goals_stated_as_a_level_or_a_change_between_levels_are_found()
    {
        var targets = Build("""
            I. MỤC TIÊU

            - Chỉ tiêu 1: Tỷ số giới tính khi sinh ở mức 107 trẻ sơ sinh trai/100 trẻ sơ sinh gái sinh ra sống vào năm 2025.

            - Chỉ tiêu 3: Tỷ suất sinh ở trẻ vị thành niên giảm từ 23 ca sinh/1.000 phụ nữ xuống 18 ca sinh/1.000 phụ nữ vào năm 2025.
            """, "Kế hoạch");
        Assert.Equal([107m, 18m], targets.Select(t => t.Value));
        Assert.All(targets, t => Assert.Equal("2025", t.Due));
    }

    [Fact]
    public void A_part_on_how_the_work_went_gives_no_targets_and_a_change_by_a_share_in_the_work_does()
    {
        var targets = Build("""
            CHƯƠNG TRÌNH HÀNH ĐỘNG

            I. TÌNH HÌNH TRIỂN KHAI VÀ KẾT QUẢ BƯỚC ĐẦU

            Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt 58,7%.

            II. NHIỆM VỤ, GIẢI PHÁP

            1. Thực hiện nghiêm Chỉ thị số 27-CT/TW; trong năm 2025 cắt giảm ít nhất 10% chi phí tổ chức hội nghị, hội thảo.
            """, "Chương trình hành động");
        var target = Assert.Single(targets);
        Assert.Equal((10m, "%", "2025", "at_least"), (target.Value, target.Unit, target.Due, target.Comparator));
    }

    [Fact]
    public void A_year_of_its_own_under_a_heading_and_a_full_date_are_the_due()
    {
        var targets = Build("""
            II. MỤC TIÊU

            b) Riêng năm 2026:

            - Tỷ lệ hộ nghèo giảm 3,2%.

            c) Chậm nhất đến ngày 31/12/2025, 100% Ủy ban nhân dân các xã, phường được kết nối mạng truyền số liệu chuyên dùng.
            """, "Kế hoạch");
        Assert.Equal([(3.2m, "2026"), (100m, "2025-12-31")], targets.Select(t => (t.Value!.Value, t.Due)));
    }
}
