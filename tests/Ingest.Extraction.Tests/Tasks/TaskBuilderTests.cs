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
    public void A_cross_reference_to_a_list_of_items_and_points_reaches_each_of_them_and_nothing_else()
    {
        var tasks = Build("""
            III. NHIỆM VỤ VÀ GIẢI PHÁP

            1. Hoàn thiện thể chế về chuyển đổi số trong hoạt động xây dựng.

            2. Xây dựng cơ sở dữ liệu quốc gia về hoạt động xây dựng.

            3. Đào tạo nguồn nhân lực chuyển đổi số.

            4. Phát triển hạ tầng số của ngành.

            a) Nâng cấp trung tâm dữ liệu của ngành.

            b) Kết nối cơ sở dữ liệu với các bộ, ngành.

            c) Bảo đảm an toàn thông tin mạng.

            IV. TỔ CHỨC THỰC HIỆN

            1. Bộ Xây dựng chủ trì, phối hợp với các cơ quan liên quan thực hiện các nhiệm vụ quy định tại các mục 1, 2; điểm a, c mục 4 Phần III Điều 1 Quyết định này.
            """);
        var led = tasks.Where(t => t.Owners.Contains(new Owner("Bộ Xây dựng", Owner.Lead))).Select(t => t.Text[..12]).ToList();
        Assert.Equal(["Hoàn thiện t", "Xây dựng cơ ", "Nâng cấp tru", "Bảo đảm an t", "Bộ Xây dựng "], led);
    }

    [Fact]
    public void A_reference_as_OCR_writes_it_still_reaches_its_points()
    {
        // ttg-2597 scanned: "các mục1, 2" without the space, "điểm c, ø mục 1" with đ read as ø.
        var tasks = Build("""
            III. NHIỆM VỤ VÀ GIẢI PHÁP

            1. Phát triển hạ tầng số của ngành.

            c) Nâng cấp trung tâm dữ liệu của ngành.

            đ) Kết nối cơ sở dữ liệu với các bộ, ngành.

            2. Đào tạo nguồn nhân lực chuyển đổi số.

            IV. TỔ CHỨC THỰC HIỆN

            1. Bộ Xây dựng chủ trì thực hiện các nhiệm vụ quy định tại các mục2 Phần III Điều 1 Quyết định này.

            2. Bộ Khoa học và Công nghệ phối hợp với Bộ Xây dựng thực hiện các nhiệm vụ quy định tại các điểm c, ø mục 1 Phần III Điều 1 Quyết định này.
            """);
        Assert.Contains(new Owner("Bộ Xây dựng", Owner.Lead), tasks.Single(t => t.Text.StartsWith("Đào tạo", StringComparison.Ordinal)).Owners);
        var supported = tasks.Where(t => t.Owners.Contains(new Owner("Bộ Khoa học và Công nghệ", Owner.Support))).Select(t => t.Text[..8]);
        Assert.Equal(["Nâng cấp", "Kết nối "], supported);
    }

    [Fact]
    public void A_whole_part_reference_that_OCR_misnumbered_reaches_the_part_that_names_its_tasks()
    {
        // dong-thap-556 scanned: both "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU" and "tại Phần III" lost an I.
        var tasks = Build("""
            I. MỤC ĐÍCH, YÊU CẦU

            1. Triển khai kịp thời các nhiệm vụ.

            II. MỤC TIÊU

            1. Đến năm 2030, 100% dữ liệu biển được số hóa.

            II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU

            1. Tiếp tục vận hành hệ thống cơ sở dữ liệu về tài nguyên, môi trường biển.

            2. Xây dựng cơ chế tài chính bền vững cho khai thác tài nguyên biển.

            IV. TỔ CHỨC THỰC HIỆN

            1. Sở Tài chính chủ trì thẩm định dự toán kinh phí thực hiện Kế hoạch.

            2. Các sở, ngành có liên quan căn cứ chức năng, nhiệm vụ triển khai thực hiện các nhiệm vụ và giải pháp tại Phần II Kế hoạch này.
            """);
        var led = tasks.Where(t => t.Owners.Any(o => o.Name == "Các sở, ngành có liên quan" && o.Role == Owner.Lead)).Select(t => t.Text[..10]).ToList();
        Assert.Equal(["Tiếp tục v", "Xây dựng c", "Các sở, ng"], led);
    }

    [Fact]
    public void A_partner_referring_to_named_points_becomes_their_support_but_not_of_a_whole_part()
    {
        var tasks = Build("""
            III. NHIỆM VỤ VÀ GIẢI PHÁP

            1. Phát triển hạ tầng số của ngành.

            a) Nâng cấp trung tâm dữ liệu của ngành.

            b) Kết nối cơ sở dữ liệu với các bộ, ngành.

            IV. TỔ CHỨC THỰC HIỆN

            1. Bộ Khoa học và Công nghệ

            a) Phối hợp với Bộ Xây dựng thực hiện các nhiệm vụ quy định tại điểm b mục 1 Phần III Điều 1 Quyết định này.

            2. Bộ Tài chính

            a) Phối hợp với Bộ Xây dựng triển khai các nhiệm vụ được quy định tại Phần III Điều 1 Quyết định này.
            """);
        var supported = tasks.Where(t => t.Owners.Contains(new Owner("Bộ Khoa học và Công nghệ", Owner.Support)));
        Assert.Equal(["Kết nối cơ sở dữ liệu với các bộ, ngành."], supported.Select(t => t.Text));
        Assert.DoesNotContain(tasks, t => t.Owners.Any(o => o.Name == "Bộ Tài chính") && !t.Text.Contains("Phần III", StringComparison.Ordinal));
    }

    [Fact]
    public void A_time_item_under_a_heading_outside_the_work_parts_governs_the_work_items_beside_it()
    {
        var tasks = Build("""
            II. MỤC TIÊU

            2. Tháng hành động

            a) Chủ đề Tháng hành động năm 2025

            b) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025.

            d) Các hoạt động chính

            - Lồng ghép tổ chức Lễ phát động hưởng ứng Tháng hành động.

            - Tăng cường kiểm tra về bình đẳng giới trong Tháng hành động.
            """);
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(("2025-11-15", "2025-12-15"), (t.Deadline?.Start, t.Deadline?.Due)));
    }

    [Fact]
    public void A_task_table_gives_one_task_per_row()
    {
        var tasks = Build("|\nSTT\n|\nNhiệm vụ\n|\nCơ quan chủ trì\n|\nCơ quan phối hợp\n|\nThời gian\n|\n|\n1\n|\nXây dựng cơ sở dữ liệu quy hoạch\n|\nSở Xây dựng\n|\nSở Tài chính\n|\nQuý IV/2025\n|\n");
        var task = Assert.Single(tasks);
        Assert.Equal([new Owner("Sở Xây dựng", Owner.Lead), new Owner("Sở Tài chính", Owner.Support)], task.Owners);
        Assert.Equal("2025-12-31", task.Deadline?.Due);
    }

    [Fact]
    public void In_a_lead_in_of_two_sentences_the_first_is_a_task_and_the_last_introduces_the_items()
    {
        var tasks = Build("""
            II - NỘI DUNG**1. Nhiệm vụ chung**

            Ban Thường vụ Tỉnh ủy thống nhất lãnh đạo xây dựng và quản lý tổ chức bộ máy, biên chế của toàn hệ thống chính trị. Cấp ủy, tổ chức đảng, lãnh đạo cơ quan, đơn vị theo chức năng, nhiệm vụ tập trung lãnh đạo thực hiện các nhiệm vụ sau:

            - Xây dựng kế hoạch cụ thể, khả thi để thực hiện có hiệu quả Nghị quyết (hoàn thành trong năm 2018).

            2. Nhiệm vụ cụ thể

            - Rà soát, sắp xếp giảm các Ban Quản lý dự án (thực hiện từ năm 2018).
            """);
        Assert.Equal(3, tasks.Count);
        Assert.StartsWith("Ban Thường vụ Tỉnh ủy thống nhất", tasks[0].Text);
        Assert.Equal([new Owner("Ban Thường vụ Tỉnh ủy", Owner.Lead)], tasks[0].Owners);
        Assert.Equal([new Owner("Cấp ủy, tổ chức đảng, cơ quan, đơn vị", Owner.Lead)], tasks[1].Owners);
        Assert.Empty(tasks[2].Owners); // the lead-in of item 1 does not reach item 2
    }

    [Fact]
    public void An_owner_heading_over_a_paragraph_gives_the_paragraph_its_owners()
    {
        var tasks = Build("""
            II. NHIỆM VỤ CỤ THỂ

            12. Đảng ủy Quân sự tỉnh, Đảng ủy Bộ đội Biên phòng tỉnh và Đảng ủy Công an tỉnh

            Rà soát, kiện toàn, sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả (hoàn thành trong năm 2018).

            14. Các huyện ủy, thị ủy, thành ủy

            Xây dựng đề án, kế hoạch thực hiện Nghị quyết phù hợp với tình hình địa phương.
            """);
        Assert.Equal(2, tasks.Count);
        Assert.StartsWith("Rà soát", tasks[0].Text);
        Assert.Equal(["Đảng ủy Quân sự tỉnh", "Đảng ủy Bộ đội Biên phòng tỉnh", "Đảng ủy Công an tỉnh"], tasks[0].Owners.Select(o => o.Name));
        Assert.Equal([new Owner("Các huyện ủy, thị ủy, thành ủy", Owner.Lead)], tasks[1].Owners);
    }

    [Fact]
    public void A_closing_line_on_the_contents_above_gives_them_its_recurrence()
    {
        var tasks = Build("""
            II. NỘI DUNG

            1.2 - Nhiệm vụ thực hiện thường xuyên

            - Đẩy mạnh thực hiện phân cấp, phân quyền đi đôi với giám sát quyền lực.

            - Thực hiện nghiêm việc tinh giản biên chế theo Nghị quyết số 39-NQ/TW.

            Các nội dung nêu trên được thực hiện hằng năm, bắt đầu từ năm 2018.
            """);
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal("annual", t.Deadline?.Recurrence));
    }

    [Fact]
    public void A_directive_lead_in_before_the_items_passes_its_bodies_to_them()
    {
        var tasks = new TaskBuilder("Chỉ thị", 2025).Build(OutlineBuilder.Build(ParagraphSplitter.Split("""
            Để bảo vệ nguồn nước dưới đất, Chủ tịch Ủy ban nhân dân thành phố Cần Thơ yêu cầu Giám đốc, Thủ trưởng các sở, ban ngành, Chủ tịch Ủy ban nhân dân xã, phường và các đơn vị liên quan trong phạm vi chức năng, quyền hạn của mình tập trung thực hiện các nhiệm vụ trọng tâm, cụ thể như sau:

            1. Kết hợp hoặc luân phiên khai thác nước mặt với khai thác nước dưới đất, nước mưa.
            """)));
        var task = Assert.Single(tasks);
        Assert.Equal(["Các sở, ban ngành", "Ủy ban nhân dân xã, phường", "Các đơn vị liên quan"], task.Owners.Select(o => o.Name));
    }

    [Fact]
    public void A_table_row_without_its_last_cells_is_still_a_task()
    {
        var tasks = Build("""
            PHỤ LỤC

            |
            TT
            |
            Nhiệm vụ
            |
            Cơ quan chủ trì
            |
            Cơ quan phối hợp
            |
            Thời gian dự kiến hoàn thành
            |
            Kết quả dự kiến
            |
            Nguồn kinh phí
            |
            |
            2
            |
            Phối hợp xây dựng nội dung quy định việc cập nhật cơ sở dữ liệu quốc gia về quy hoạch.
            |
            Sở Tài chính
            |
            Các sở, ngành
            |
            Năm 2025 - 2026
            |
            Nghị định
            |
            |
            """);
        var task = Assert.Single(tasks);
        Assert.Equal([new Owner("Sở Tài chính", Owner.Lead), new Owner("Các sở, ngành", Owner.Support)], task.Owners);
        Assert.Equal("2026-12-31", task.Deadline?.Due);
    }

    [Fact]
    public void Under_an_owner_heading_a_paragraph_that_names_its_roles_wins_and_the_closing_call_is_no_part_of_it()
    {
        var tasks = Build("""
            III. TỔ CHỨC THỰC HIỆN

            2. Sở Khoa học và Công nghệ, Sở Nội vụ

            Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ tổ chức đào tạo, tập huấn cho cán bộ.

            Yêu cầu Giám đốc các sở, ban, ngành; Thủ trưởng các cơ quan, đơn vị có liên quan triển khai thực hiện nghiêm túc Kế hoạch này./.
            """);
        var task = Assert.Single(tasks);
        Assert.Equal([new Owner("Sở Khoa học và Công nghệ", Owner.Lead), new Owner("Sở Nội vụ", Owner.Support)], task.Owners);
        Assert.DoesNotContain("Yêu cầu", task.Text);
    }

    [Fact]
    public void A_heading_that_asks_a_body_to_act_is_its_owner_and_no_part_of_the_text_under_it()
    {
        var tasks = Build("""
            III. TỔ CHỨC THỰC HIỆN

            7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố

            Tăng cường các hoạt động tuyên truyền, vận động đoàn viên, hội viên thực hiện tốt chính sách dân số.
            """);
        var task = Assert.Single(tasks);
        Assert.Equal([new Owner("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", Owner.Lead)], task.Owners);
        Assert.StartsWith("Tăng cường", task.Text);
    }

    [Fact]
    public void The_closing_summary_and_the_request_to_report_difficulties_are_no_part_of_the_last_item()
    {
        var tasks = Build("""
            III. TỔ CHỨC THỰC HIỆN

            2. Sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường

            Căn cứ chức năng, nhiệm vụ, quyền hạn được giao tổ chức triển khai thực hiện Kế hoạch theo quy định.

            Trên đây là Kế hoạch thực hiện Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ. Trong quá trình tổ chức thực hiện nếu có khó khăn, vướng mắc, các cơ quan phản ánh về Sở Y tế tổng hợp.

            Trong quá trình triển khai thực hiện, nếu có phát sinh khó khăn, vướng mắc, các đơn vị báo cáo về Sở Y tế./.
            """);
        var task = Assert.Single(tasks);
        Assert.Equal("Căn cứ chức năng, nhiệm vụ, quyền hạn được giao tổ chức triển khai thực hiện Kế hoạch theo quy định.", task.Text);
    }

    [Fact]
    public void The_closing_line_of_a_government_notice_is_no_part_of_the_last_item()
    {
        var tasks = new TaskBuilder("Thông báo", 2025).Build(OutlineBuilder.Build(ParagraphSplitter.Split("""
            II. KẾT LUẬN CỦA THỦ TƯỚNG

            10. Bộ Xây dựng chủ trì, phối hợp với các cơ quan liên quan hoàn thiện hồ sơ dự án, hoàn thành trong tháng 12 năm 2025.

            Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh, các Bộ, cơ quan liên quan biết, thực hiện./.
            """)));
        var task = Assert.Single(tasks);
        Assert.Equal([new Owner("Bộ Xây dựng", Owner.Lead)], task.Owners);
        Assert.DoesNotContain("Văn phòng Chính phủ", task.Text);
    }

    [Fact]
    public void Where_the_money_comes_from_is_no_task_but_a_body_told_to_fund_is()
    {
        var tasks = Build("""
            IV. KINH PHÍ THỰC HIỆN

            1. Ngân sách tỉnh và kinh phí hỗ trợ từ Trung ương theo phân cấp hiện hành.

            2. Nguồn xã hội hóa từ các cơ quan, đơn vị, doanh nghiệp và Nhân dân.

            3. Sở Tài chính chủ trì tham mưu bố trí kinh phí thực hiện Kế hoạch.
            """);
        var task = Assert.Single(tasks);
        Assert.StartsWith("Sở Tài chính", task.Text);
    }

    [Fact]
    public void An_item_that_does_work_of_its_own_before_its_children_is_a_task_too()
    {
        var tasks = Build("""
            II. NHIỆM VỤ, GIẢI PHÁP

            - UBND các huyện, thị xã, thành phố chủ trì, phối hợp với các sở, ngành liên quan xây dựng đề án tổ chức lại các trường mầm non, tiểu học, trung học cơ sở gắn với nâng cao chất lượng giáo dục theo hướng:

            + Tiến hành rà soát, xây dựng đề án sáp nhập trường tiểu học với trường trung học cơ sở.

            - Sở Y tế chủ trì thực hiện:

            + Hoàn thành việc sắp xếp Trung tâm Kiểm soát bệnh tật tỉnh.

            - Ưu tiên bố trí không gian biển cho các hoạt động kinh tế biển sau:

            + Phát triển cảng biển và dịch vụ hậu cần cảng biển.
            """);
        Assert.Equal(4, tasks.Count);
        Assert.StartsWith("UBND các huyện", tasks[0].Text);
        Assert.DoesNotContain(tasks, t => t.Text.StartsWith("Sở Y tế") || t.Text.StartsWith("Ưu tiên"));
    }

    [Fact]
    public void A_line_in_capitals_is_a_heading_not_a_task()
    {
        var tasks = Build("""
            II. NHIỆM VỤ, GIẢI PHÁP

            1. Sở Y tế chủ trì rà soát mạng lưới cơ sở y tế trên địa bàn tỉnh.

            2. DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2025-2030

            3. Sở Tài chính bố trí kinh phí thực hiện các nhiệm vụ.
            """);
        Assert.Equal(["Sở Y tế", "Sở Tài chính"], tasks.Select(t => t.Owners.Single().Name));
    }

    [Fact]
    public void A_request_heading_over_items_is_their_owner_not_a_task()
    {
        var tasks = Build("""
            III. TỔ CHỨC THỰC HIỆN

            7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội

            a) Tăng cường tuyên truyền, vận động Nhân dân tham gia phòng, chống ma túy.

            b) Giám sát việc thực hiện Chương trình ở cơ sở.
            """);
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Các tổ chức chính trị - xã hội"], t.Owners.Select(o => o.Name)));
    }

    [Theory]
    [InlineData("5. Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, rừng phòng hộ, các Công ty nông, lâm nghiệp…)", "Các chủ rừng là tổ chức")]
    [InlineData("11. Đề nghị các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa", "Các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa")]
    public void A_heading_that_describes_one_group_names_it_in_full_and_is_no_task(string heading, string owner)
    {
        var tasks = Build($"""
            III. TỔ CHỨC THỰC HIỆN

            {heading}

            - Thực hiện đầy đủ quyền, nghĩa vụ và trách nhiệm theo quy định của pháp luật.

            - Chủ động phối hợp với chính quyền địa phương giải quyết dứt điểm tình trạng lấn chiếm.
            """);
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal([owner], t.Owners.Select(o => o.Name)));
    }

    [Fact]
    public void Praise_in_a_conclusion_is_no_task_but_commending_as_work_is()
    {
        var tasks = Build("""
            II. NHIỆM VỤ

            1. Đánh giá cao sự nỗ lực của Bộ Xây dựng và các địa phương trong thời gian qua.

            2. Ghi nhận, biểu dương những kết quả đạt được của ngành y tế.

            3. Biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc.
            """);
        Assert.Equal("Biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc.", Assert.Single(tasks).Text);
    }

    [Fact]
    public void An_owner_heading_typed_with_a_capital_An_still_names_bodies_and_the_paragraph_gives_the_roles()
    {
        var tasks = Build("""
            III. TỔ CHỨC THỰC HIỆN

            3. Công An Thành phố, Bộ Tư lệnh Thành phố

            Công an Thành phố chủ trì phối hợp với Bộ Tư lệnh Thành phố và các đơn vị có liên quan định kỳ kiểm tra an toàn hệ thống.
            """);
        var task = Assert.Single(tasks);
        Assert.Equal([("Công an Thành phố", Owner.Lead), ("Bộ Tư lệnh Thành phố", Owner.Support)], task.Owners.Select(o => (o.Name, o.Role)));
    }

    [Fact]
    public void When_the_plan_runs_is_no_task()
    {
        var tasks = Build("""
            II. NỘI DUNG THỰC HIỆN

            1. Sở Y tế chủ trì rà soát mạng lưới cơ sở y tế trên địa bàn tỉnh.

            2. Thời gian thực hiện Chương trình: Từ năm 2025 đến hết năm 2030.
            """);
        Assert.Equal("Sở Y tế", Assert.Single(tasks).Owners.Single().Name);
    }

    [Fact]
    public void What_a_report_must_say_is_no_task()
    {
        var tasks = Build("""
            III. TỔ CHỨC THỰC HIỆN

            1. Sở Tài chính tổng hợp báo cáo kết quả thực hiện Chương trình, gồm các nội dung:

            a) Tình hình huy động, phân bổ và sử dụng nguồn vốn.

            b) Tồn tại, vướng mắc phát sinh và nguyên nhân.

            c) Phương hướng, giải pháp thực hiện năm tiếp theo.

            2. Sở Y tế chủ trì rà soát mạng lưới cơ sở y tế trên địa bàn tỉnh.
            """);
        Assert.DoesNotContain(tasks, t => t.Text.StartsWith("Tình hình", StringComparison.Ordinal) || t.Text.StartsWith("Tồn tại", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Owners.Any(o => o.Name == "Sở Y tế"));
    }

    [Fact]
    public void The_projects_an_item_covers_are_not_tasks_of_their_own()
    {
        var tasks = Build("""
            III. TỔ CHỨC THỰC HIỆN

            1. Công an thành phố

            a) Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại các dự án trong Chương trình, bao gồm:

            - Dự án 1: Phòng ngừa, đấu tranh tội phạm về ma túy có tổ chức, xuyên quốc gia.

            - Dự án 2: Ứng dụng khoa học và công nghệ trong phòng, chống ma túy.
            """);
        var task = Assert.Single(tasks);
        Assert.StartsWith("Chủ trì triển khai", task.Text, StringComparison.Ordinal);
        Assert.Equal("Công an thành phố", task.Owners.Single().Name);
    }

    [Fact]
    public void A_topic_heading_over_items_is_no_task_however_long()
    {
        var tasks = Build("""
            III. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM

            2. Tăng cường hiệu lực, hiệu quả trong chỉ đạo, điều hành và quản lý Nhà nước về công tác phòng, chống ma túy

            a) Phát huy vai trò và nâng cao trách nhiệm của cấp ủy Đảng, chính quyền các cấp trong công tác phòng, chống ma túy.

            b) Kiện toàn Ban Chỉ đạo các chương trình mục tiêu quốc gia phù hợp với điều kiện thực tế của địa phương.
            """);
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.DoesNotContain("Tăng cường hiệu lực", t.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_closing_line_on_the_contents_of_this_clause_gives_its_items_their_due()
    {
        var tasks = Build("""
            II. NHIỆM VỤ

            13. Chủ tịch Ủy ban nhân dân các xã, phường:

            a) Xây dựng, phê duyệt phương án ứng phó thiên tai trên địa bàn.

            b) Rà soát, lập danh sách hộ dân đang sinh sống tại vùng có nguy cơ sạt lở đất.

            Thời gian hoàn thành các nội dung tại khoản này: trước ngày 15/9/2025.
            """);
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal("2025-09-15", t.Deadline?.Due));
    }

    [Fact]
    public void The_closing_call_to_carry_out_the_directive_is_not_joined_to_the_last_item()
    {
        var tasks = Build("""
            II. NHIỆM VỤ

            13. Giao Sở Nội vụ theo dõi, đôn đốc, kiểm tra việc thực hiện Chỉ thị này.

            Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện nghiêm túc thực hiện Chỉ thị này. Kết quả thực hiện Chỉ thị là tiêu chí đánh giá, xếp loại.
            """);
        var task = Assert.Single(tasks);
        Assert.Equal(["Sở Nội vụ"], task.Owners.Select(o => o.Name));
        Assert.DoesNotContain("Yêu cầu", task.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quantified_goal_set_as_an_item_is_no_task()
    {
        var tasks = Build("""
            II. NHIỆM VỤ

            1. Tập trung tháo gỡ vướng mắc trong giải phóng mặt bằng các dự án trọng điểm.

            2. Phấn đấu giải ngân vốn đầu tư xây dựng năm 2025 của Tập đoàn đạt trên 95% kế hoạch.

            Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương liên quan biết, thực hiện./.
            """);
        var task = Assert.Single(tasks);
        Assert.StartsWith("Tập trung tháo gỡ", task.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Points_of_this_clause_named_by_a_cross_reference_get_its_lead()
    {
        var tasks = Build("""
            II. KẾT LUẬN

            2. Về định hướng phát triển nguồn điện:

            a) Ưu tiên phát triển các nguồn điện nền ổn định, nhất là các dự án điện khí.

            b) Đẩy mạnh phát triển điện mặt trời mái nhà tự sản xuất, tự tiêu thụ.

            c) Giao Bộ Công Thương chủ trì triển khai các định hướng nêu tại điểm a, điểm b khoản này.

            3. Về lưới điện:

            a) Đẩy nhanh tiến độ các dự án lưới điện truyền tải.
            """);
        Assert.Equal(["Bộ Công Thương", "Bộ Công Thương", "Bộ Công Thương", ""],
            tasks.Select(t => string.Join(", ", t.Owners.Select(o => o.Name))));
    }

    [Fact]
    public void Paragraphs_without_markers_under_a_topic_heading_are_tasks_of_their_own()
    {
        var tasks = Build("""
            II. NHIỆM VỤ, GIẢI PHÁP

            2.1. Về phát triển kinh tế

            Tập trung phát triển nông, lâm nghiệp theo hướng sản xuất hàng hoá tập trung.

            Ưu tiên bố trí nguồn lực đầu tư hoàn thiện kết cấu hạ tầng kinh tế - xã hội vùng đồng bào dân tộc thiểu số.

            2.2. Về văn hóa - xã hội

            Nâng cao chất lượng giáo dục và đào tạo vùng đồng bào dân tộc thiểu số.
            """);
        Assert.Equal(3, tasks.Count);
        Assert.StartsWith("Tập trung phát triển", tasks[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Ưu tiên bố trí", tasks[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_that_gives_its_subject_a_duty_names_the_owner_of_its_items()
    {
        var tasks = Build("""
            II. NHIỆM VỤ

            14. Chủ sở hữu, người quản lý, sử dụng nhà ở riêng lẻ kết hợp sản xuất, kinh doanh có trách nhiệm:

            a) Chấp hành nghiêm quy định về phòng cháy, chữa cháy.

            b) Chủ động trang bị phương tiện chữa cháy ban đầu, thiết bị báo cháy.
            """);
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["Chủ sở hữu, người quản lý, sử dụng nhà ở riêng lẻ kết hợp sản xuất, kinh doanh"], t.Owners.Select(o => o.Name)));
    }

    [Fact]
    public void A_lead_in_after_an_adverb_of_time_names_the_owners_and_a_bare_committee_takes_the_place_named_with_it()
    {
        var tasks = Build("""
            II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI

            Thời gian tới, Huyện ủy, UBND huyện Nam Trà My cần tập trung lãnh đạo, chỉ đạo thực hiện một số nội dung sau:

            1. Khẩn trương rà soát, đánh giá kết quả thực hiện các chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện.
            """);
        var task = Assert.Single(tasks);
        Assert.Equal(["Huyện ủy Nam Trà My", "Ủy ban nhân dân huyện Nam Trà My"], task.Owners.Select(o => o.Name));
    }

    [Fact]
    public void A_closing_time_label_governs_the_items_before_it()
    {
        var tasks = Build("""
            II. NHIỆM VỤ VÀ GIẢI PHÁP

            2. Nâng cao năng lực y tế cơ sở

            Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện các nội dung sau:

            - Củng cố, hoàn thiện mạng lưới y tế cơ sở.

            - Nâng cao năng lực giám sát, phát hiện sớm và kiểm soát dịch bệnh.

            Thời gian thực hiện: năm 2019 - 2020.
            """);
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal("2020-12-31", t.Deadline?.Due));
    }

    [Fact]
    public void A_cross_reference_to_sub_items_by_tiet_reaches_them()
    {
        var tasks = Build("""
            II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP

            2. Nhiệm vụ, giải pháp

            2.1. Phát triển kinh tế vùng đồng bào dân tộc thiểu số

            2.2. Phát triển văn hóa - xã hội

            a) Nâng cao chất lượng giáo dục và đào tạo vùng đồng bào dân tộc thiểu số.

            III. TỔ CHỨC THỰC HIỆN

            1. Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo các sở, ngành triển khai các nhiệm vụ, giải pháp tại tiết 2.1 và tiết 2.2, mục 2, phần II Chương trình này.
            """);
        var education = tasks.Single(t => t.Text.StartsWith("Nâng cao chất lượng giáo dục", StringComparison.Ordinal));
        Assert.Contains(education.Owners, o => o.Name == "Ban cán sự đảng Ủy ban nhân dân tỉnh");
    }
}
