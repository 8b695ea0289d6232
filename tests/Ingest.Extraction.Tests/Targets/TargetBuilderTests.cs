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
}
