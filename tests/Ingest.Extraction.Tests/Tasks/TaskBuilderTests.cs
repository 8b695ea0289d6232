using Ingest.Core.Extraction;
using Ingest.Extraction.Structure;
using Ingest.Extraction.Tasks;

namespace Ingest.Extraction.Tests.Tasks;

public class TaskBuilderTests
{
    private static IReadOnlyList<TaskItem> Build(string text) =>
        new TaskBuilder("Kế hoạch", 2018).Build(OutlineBuilder.Build(ParagraphSplitter.Split(text)));

    [Fact]
    public void A_lead_in_passes_its_owner_down_and_a_closing_line_its_time_to_the_siblings_before_it()
    {
        var tasks = Build("""
            I. MỤC ĐÍCH, YÊU CẦU

            1. Nâng cao nhận thức của cán bộ, công chức về đổi mới đơn vị sự nghiệp.

            II. NHIỆM VỤ, GIẢI PHÁP

            c) Đối với lĩnh vực y tế, Sở Y tế chủ trì thực hiện:

            - Hoàn thành việc sắp xếp Trung tâm Kiểm soát bệnh tật tỉnh theo quy định.

            - Xây dựng đề án sáp nhập Trung tâm Dân số cấp huyện vào Trung tâm Y tế cấp huyện.

            Thời gian thực hiện các nhiệm vụ trên từ năm 2018 và hoàn thành xong trong Quý IV năm 2019.
            """);
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal([new Owner("Sở Y tế", Owner.Lead)], t.Owners));
        Assert.All(tasks, t => Assert.Equal(("2018", "2019-12-31"), (t.Deadline?.Start, t.Deadline?.Due)));
    }

    [Fact]
    public void An_item_naming_its_own_lead_replaces_the_inherited_one()
    {
        var tasks = Build("""
            III. TỔ CHỨC THỰC HIỆN

            1. Sở Nội vụ:

            - Hướng dẫn các đơn vị xây dựng đề án vị trí việc làm.

            - Sở Tài chính bố trí kinh phí thực hiện.
            """);
        Assert.Equal(["Sở Nội vụ", "Sở Tài chính"], tasks.Select(t => t.Owners.Single().Name));
    }

    [Fact]
    public void A_cross_reference_makes_the_referring_agency_lead_of_the_part()
    {
        var tasks = Build("""
            III. NHIỆM VỤ VÀ GIẢI PHÁP

            1. Rà soát quy hoạch mạng lưới các đơn vị sự nghiệp trên địa bàn.

            IV. TỔ CHỨC THỰC HIỆN

            1. Ủy ban nhân dân các xã, phường căn cứ chức năng, triển khai thực hiện các nhiệm vụ và giải pháp tại Phần III Kế hoạch này.
            """);
        Assert.Contains(new Owner("Ủy ban nhân dân các xã, phường", Owner.Lead), tasks[0].Owners);
    }

    [Fact]
    public void A_task_table_gives_one_task_per_row()
    {
        var tasks = Build("|\nSTT\n|\nNhiệm vụ\n|\nCơ quan chủ trì\n|\nCơ quan phối hợp\n|\nThời gian\n|\n|\n1\n|\nXây dựng cơ sở dữ liệu quy hoạch\n|\nSở Xây dựng\n|\nSở Tài chính\n|\nQuý IV/2025\n|\n");
        var task = Assert.Single(tasks);
        Assert.Equal([new Owner("Sở Xây dựng", Owner.Lead), new Owner("Sở Tài chính", Owner.Support)], task.Owners);
        Assert.Equal("2025-12-31", task.Deadline?.Due);
    }
}
