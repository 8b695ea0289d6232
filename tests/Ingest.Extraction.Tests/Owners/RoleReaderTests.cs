using Ingest.Core.Extraction;
using Ingest.Extraction.Owners;

namespace Ingest.Extraction.Tests.Owners;

public class RoleReaderTests
{
    private static IEnumerable<(string, string)> Read(string text) => RoleReader.Read(text).Select(o => (o.Name, o.Role));

    [Fact]
    public void The_subject_leads_and_the_list_after_phoi_hop_supports()
    {
        var owners = Read("Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ, Ban Tuyên giáo Tỉnh ủy, Ủy ban Mặt trận Tổ quốc tỉnh tổ chức tuyên truyền.");
        Assert.Equal(
            [("Sở Thông tin và Truyền thông", Owner.Lead), ("Sở Nội vụ", Owner.Support), ("Ban Tuyên giáo Tỉnh ủy", Owner.Support), ("Ủy ban Mặt trận Tổ quốc tỉnh", Owner.Support)],
            owners);
    }

    [Fact]
    public void Abbreviations_are_expanded_and_names_with_commas_stay_whole()
    {
        var owners = Read("UBND các huyện, thị xã, thành phố chủ trì phối hợp với Sở Văn hóa, Thể thao và Du lịch thực hiện.");
        Assert.Equal([("Ủy ban nhân dân các huyện, thị xã, thành phố", Owner.Lead), ("Sở Văn hóa, Thể thao và Du lịch", Owner.Support)], owners);
    }

    [Fact]
    public void Vague_partners_are_left_out_but_a_vague_lead_stays()
    {
        Assert.Equal([("Sở Y tế", Owner.Lead)], Read("Sở Y tế chủ trì, phối hợp với các cơ quan có liên quan triển khai."));
        Assert.Equal([("Các sở, ngành có liên quan", Owner.Lead)], Read("Các sở, ngành có liên quan chủ động cân đối nguồn kinh phí."));
    }

    [Theory]
    [InlineData("Sở Y tế chủ trì, phối hợp với các Sở, Ban, ngành liên quan rà soát hiện trạng.")]
    [InlineData("Sở Y tế chủ trì, phối hợp với các cơ quan, tổ chức, cá nhân có liên quan kiểm tra việc thi hành Luật.")]
    [InlineData("Sở Y tế chủ trì, phối hợp với các cơ quan, đơn vị, địa phương tham mưu triển khai.")]
    [InlineData("Sở Y tế chủ trì, phối hợp với các ngành, các cấp tăng cường tuyên truyền.")]
    public void A_list_of_generic_kinds_that_ends_in_lien_quan_is_one_vague_partner(string sentence) =>
        Assert.Equal([("Sở Y tế", Owner.Lead)], Read(sentence));

    [Theory]
    [InlineData("Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh chủ trì tổng hợp ý kiến.", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh")]
    [InlineData("Văn phòng ĐĐBQH và HĐND Thành phố chủ trì tổng hợp ý kiến.", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân Thành phố")]
    [InlineData("Trung tâm Dịch vụ việc làm Thành phố chủ trì tổ chức tập huấn.", "Trung tâm Dịch vụ việc làm Thành phố")]
    [InlineData("Các đơn vị cấp nước thuộc phạm vi quản lý xây dựng phương án thay thế.", "Các đơn vị cấp nước thuộc phạm vi quản lý")]
    public void Names_with_a_joint_office_or_a_noun_that_looks_like_a_verb_stay_whole(string sentence, string name) =>
        Assert.Equal([(name, Owner.Lead)], Read(sentence));

    [Fact]
    public void Ministries_listed_by_field_after_cac_Bo_are_one_owner_each()
    {
        Assert.Equal([("Bộ Tài chính", Owner.Lead), ("Bộ Xây dựng", Owner.Support), ("Bộ Công Thương", Owner.Support), ("Bộ Văn hóa, Thể thao và Du lịch", Owner.Support)],
            Read("Giao Bộ Tài chính chủ trì, phối hợp với các Bộ: Xây dựng, Công Thương và Văn hóa, Thể thao và Du lịch nghiên cứu, đề xuất."));
        Assert.Equal([("Sở Y tế", Owner.Lead), ("Sở Giáo dục và Đào tạo", Owner.Lead)], Read("Các Sở: Y tế, Giáo dục và Đào tạo chủ trì tổ chức kiểm tra."));
    }

    [Fact]
    public void Ministers_and_heads_of_government_agencies_name_their_bodies_as_one_group()
    {
        Assert.Equal([("Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", Owner.Lead), ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", Owner.Lead)],
            Read("Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập trung chỉ đạo."));
        Assert.Equal([("Bộ Y tế", Owner.Lead)], Read("Yêu cầu Bộ trưởng Bộ Y tế chỉ đạo rà soát."));
    }

    [Theory]
    [InlineData("Trách nhiệm của Sở Nội vụ:", "Sở Nội vụ")]
    [InlineData("Đối với Sở Y tế:", "Sở Y tế")]
    [InlineData("Nhiệm vụ của Ủy ban nhân dân các xã, phường:", "Ủy ban nhân dân các xã, phường")]
    public void A_heading_that_names_whose_duties_follow_names_the_lead(string heading, string name) =>
        Assert.Equal([(name, Owner.Lead)], Read(heading));

    [Fact]
    public void A_body_after_cua_inside_a_sentence_is_still_no_owner() =>
        Assert.Empty(Read("Nâng cao trách nhiệm của Sở Nội vụ trong công tác cán bộ."));

    [Theory]
    [InlineData("Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì, phối hợp với Sở Tài chính triển khai.", "Sở Y tế", "Sở Tài chính")]
    [InlineData("Phó Thủ tướng yêu cầu Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng hướng dẫn.", "Bộ Tài chính", "Bộ Xây dựng")]
    [InlineData("Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp rà soát.", "Sở Nội vụ", "Sở Tư pháp")]
    public void Who_assigns_the_work_is_no_owner(string sentence, string lead, string support) =>
        Assert.Equal([(lead, Owner.Lead), (support, Owner.Support)], Read(sentence));

    [Fact]
    public void A_lowercase_body_right_after_phoi_hop_is_a_partner_but_a_bare_co_quan_is_not()
    {
        Assert.Equal([("Sở Công Thương", Owner.Lead), ("Cơ quan báo chí", Owner.Support)],
            Read("Sở Công Thương chủ trì, phối hợp cơ quan báo chí tuyên truyền kịp thời về tiến độ."));
        Assert.Equal([("Các cơ quan phối hợp", Owner.Lead)],
            Read("Các cơ quan phối hợp có trách nhiệm phối hợp với cơ quan chủ trì thực hiện."));
    }

    [Theory]
    [InlineData("Trường hợp vượt thẩm quyền, Bộ Xây dựng báo cáo Thủ tướng Chính phủ.", "Bộ Xây dựng")]
    [InlineData("Nếu phát sinh vướng mắc, Sở Tư pháp hướng dẫn các địa phương.", "Sở Tư pháp")]
    public void A_body_after_a_condition_is_the_subject(string sentence, string lead) =>
        Assert.Equal([(lead, Owner.Lead)], Read(sentence));

    [Fact]
    public void The_press_is_one_group() =>
        Assert.Equal([("Các cơ quan thông tấn, báo chí", Owner.Lead)], Read("Đề nghị các cơ quan thông tấn, báo chí tăng cường tuyên truyền."));

    [Fact]
    public void A_body_named_after_chu_tri_cung_is_a_partner() =>
        Assert.Equal([("Bộ Tài chính", Owner.Lead), ("Bộ Xây dựng", Owner.Support)], Read("Bộ Tài chính chủ trì, cùng Bộ Xây dựng rà soát các dự án."));

    [Fact]
    public void A_partner_that_asks_a_third_body_stays_a_partner() =>
        Assert.Equal([("Sở Y tế", Owner.Lead), ("Sở Tài chính", Owner.Support)], Read("Sở Y tế chủ trì, phối hợp với Sở Tài chính đề nghị Bộ Y tế hỗ trợ."));

    [Fact]
    public void A_vague_group_after_its_own_cac_leaves_the_group_before_it()
    {
        Assert.Equal([("Sở Y tế", Owner.Lead), ("Các sở, ngành", Owner.Support)],
            Read("Sở Y tế chủ trì, phối hợp với các sở, ngành và các cơ quan, đơn vị có liên quan triển khai."));
        Assert.Equal([("Sở Y tế", Owner.Lead), ("Các sở, ban, ngành", Owner.Support)],
            Read("Sở Y tế chủ trì, phối hợp với các sở, ban, ngành và cơ quan, đơn vị có liên quan triển khai."));
        Assert.Equal([("Sở Y tế", Owner.Lead), ("Ủy ban nhân dân các xã, phường", Owner.Support)],
            Read("Sở Y tế chủ trì, phối hợp với UBND các xã, phường và cơ quan, đơn vị có liên quan triển khai."));
    }

    [Fact]
    public void Addressees_are_not_owners()
    {
        var owners = Read("Sở Tài chính chủ trì tổng hợp, tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh bố trí kinh phí.");
        Assert.Equal([("Sở Tài chính", Owner.Lead)], owners);
    }

    [Fact]
    public void The_title_of_a_person_gives_the_agency()
    {
        var owners = Read("Giám đốc Sở Y tế chịu trách nhiệm kiểm tra.");
        Assert.Equal([("Sở Y tế", Owner.Lead)], owners);
    }

    [Fact]
    public void Giao_and_de_nghi_put_the_agency_in_the_lead()
    {
        Assert.Equal([("Công an tỉnh", Owner.Lead)], Read("Giao Công an tỉnh xây dựng phương án."));
        Assert.Equal([("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", Owner.Lead)], Read("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tăng cường giám sát."));
    }

    [Fact]
    public void A_sentence_without_an_agency_has_no_owner() =>
        Assert.Empty(Read("Tổ chức rà soát, đánh giá và cập nhật hệ thống cơ sở dữ liệu liên quan."));

    [Fact]
    public void Party_titles_name_their_body_and_a_group_of_kinds_of_body_stays_one_owner()
    {
        var owners = Read("Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Ủy viên Ban Chấp hành Đảng bộ tỉnh, bí thư các đảng đoàn, ban cán sự đảng, Tỉnh đoàn, huyện ủy, thành ủy, đảng ủy trực thuộc tỉnh chịu trách nhiệm lãnh đạo, chỉ đạo.");
        Assert.Equal(
            [("Ban Thường vụ Tỉnh ủy", Owner.Lead), ("Ban Chấp hành Đảng bộ tỉnh", Owner.Lead), ("Các đảng đoàn, ban cán sự đảng, Tỉnh đoàn, huyện ủy, thành ủy, đảng ủy trực thuộc tỉnh", Owner.Lead)],
            owners);
    }

    [Fact]
    public void A_lowercase_ban_with_its_own_name_after_a_specific_body_is_a_second_owner()
    {
        var owners = Read("Ban cán sự đảng UBND tỉnh, ban đảng tỉnh, các huyện ủy, thành ủy theo chức năng, nhiệm vụ tổ chức thực hiện Kế hoạch này.");
        Assert.Equal([("Ban cán sự đảng Ủy ban nhân dân tỉnh", Owner.Lead), ("Ban đảng tỉnh", Owner.Lead), ("Các huyện ủy, thành ủy", Owner.Lead)], owners);
    }

    [Theory]
    // quang-tri-06, dak-lak-0129: the body an item directs is no owner; the item keeps the owner it inherits.
    [InlineData("Chỉ đạo các đơn vị chủ rừng phối hợp với chính quyền địa phương rà soát diện tích rừng.")]
    [InlineData("Tiếp tục chỉ đạo phòng chuyên môn, các cơ quan có liên quan rà soát, xử lý vi phạm.")]
    public void A_directed_body_is_no_owner(string text) =>
        Assert.DoesNotContain(Read(text), o => o.Item2 == Owner.Lead);

    [Fact]
    public void A_member_of_the_government_named_in_person_is_the_government()
    {
        Assert.Equal([("Chính phủ", Owner.Lead)], Read("Giao Phó Thủ tướng Chính phủ Trần Hồng Hà chỉ đạo các bộ triển khai."));
        Assert.Equal([("Thủ tướng Chính phủ", Owner.Lead)], Read("Thủ tướng Chính phủ chủ trì hội nghị sơ kết."));
    }

    [Fact]
    public void The_body_that_directs_leads() =>
        Assert.Equal([("Đảng đoàn Hội đồng nhân dân tỉnh", Owner.Lead)], Read("Đảng đoàn HĐND tỉnh lãnh đạo HĐND tỉnh ban hành nghị quyết."));

    [Fact]
    public void A_branch_and_a_lowercase_kind_of_body_after_a_specific_body_are_owners_of_their_own()
    {
        // tp-hcm-172: "Bảo hiểm xã hội Thành phố, Chi nhánh Ngân hàng …", "Đài …Thành phố, cơ quan thông tấn báo chí".
        Assert.Equal([("Sở Nội vụ", Owner.Lead), ("Bảo hiểm xã hội Thành phố", Owner.Support), ("Chi nhánh Ngân hàng Chính sách xã hội Thành phố", Owner.Support)],
            Read("Sở Nội vụ chủ trì, phối hợp với Bảo hiểm xã hội Thành phố, Chi nhánh Ngân hàng Chính sách xã hội Thành phố tổ chức tập huấn."));
        Assert.Equal([("Đài Phát thanh và Truyền hình Thành phố", Owner.Lead), ("Cơ quan thông tấn báo chí", Owner.Lead)],
            Read("Đài Phát thanh và Truyền hình Thành phố, cơ quan thông tấn báo chí tổ chức phổ biến Luật Việc làm."));
        Assert.Equal([("Các sở, ban, ngành, cơ quan, đơn vị", Owner.Lead)], Read("Các sở, ban, ngành, cơ quan, đơn vị tổ chức thực hiện."));
    }

    [Fact]
    public void A_lowercase_name_closing_a_clause_before_a_colon_is_an_object_but_a_heading_name_leads()
    {
        Assert.Empty(Read("Tăng cường quản lý biên chế và nâng cao chất lượng nguồn nhân lực các đơn vị sự nghiệp công lập: thực hiện giao biên chế."));
        Assert.Equal(
            [("Các sở, ban, ngành", Owner.Lead), ("Ủy ban nhân dân các huyện, thị xã, thành phố", Owner.Lead)],
            Read("Nâng cao năng lực quản trị của đơn vị sự nghiệp công lập Các sở, ban, ngành; UBND các huyện, thị xã, thành phố:"));
    }

    [Fact]
    public void A_lowercase_list_of_fields_ending_in_va_belongs_to_the_name()
    {
        Assert.Equal([("Trung tâm Xúc tiến đầu tư, thương mại và du lịch", Owner.Lead)], Read("Trung tâm Xúc tiến đầu tư, thương mại và du lịch chủ trì tổ chức hội chợ."));
        Assert.Equal(
            [("Sở Công Thương", Owner.Lead), ("Các sở, ban, ngành", Owner.Support), ("Ủy ban nhân dân các xã, phường", Owner.Support)],
            Read("Sở Công Thương chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường và cơ quan, đơn vị có liên quan tổ chức hội chợ."));
    }

    [Fact]
    public void Tncs_is_expanded() =>
        Assert.Equal([("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", Owner.Lead)], Read("Đoàn TNCS Hồ Chí Minh tỉnh chủ trì tổ chức tập huấn."));

    [Fact]
    public void A_lowercase_body_after_va_starts_a_name_of_its_own()
    {
        var owners = Read("Ban Thường vụ Tỉnh ủy và ban thường vụ các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy thống nhất lãnh đạo xây dựng tổ chức bộ máy.");
        Assert.Equal([("Ban Thường vụ Tỉnh ủy", Owner.Lead), ("Ban thường vụ các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", Owner.Lead)], owners);
    }

    [Fact]
    public void The_heads_of_a_member_are_the_member()
    {
        Assert.Equal([("Cấp ủy, tổ chức đảng, cơ quan, đơn vị", Owner.Lead)],
            Read("Cấp ủy, tổ chức đảng, lãnh đạo cơ quan, đơn vị theo chức năng, nhiệm vụ của mình tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ sau:"));
        Assert.Contains(("Các cơ quan, tổ chức ở tỉnh", Owner.Lead),
            Read("Các đảng đoàn, ban cán sự đảng, đảng ủy trực thuộc Tỉnh ủy và lãnh đạo các cơ quan, tổ chức ở tỉnh chủ động triển khai thực hiện."));
    }

    [Fact]
    public void Bodies_in_the_object_of_a_clause_are_not_owners()
    {
        Assert.Empty(Read("Không thành lập mới tổ chức trung gian; giải thể hoặc sắp xếp lại các cơ quan, tổ chức hoạt động không hiệu quả."));
        Assert.Empty(Read("Tổ chức lại Văn phòng Tỉnh ủy để phục vụ chung các cơ quan tham mưu, giúp việc Tỉnh ủy."));
        Assert.Equal([("Các sở, ban, ngành", Owner.Lead)], Read("Trên cơ sở kế hoạch này, các sở, ban, ngành tổ chức thực hiện."));
    }

    [Fact]
    public void A_capitalised_word_right_after_the_head_belongs_to_the_name()
    {
        Assert.Equal([("Ủy ban Kiểm tra Tỉnh ủy", Owner.Lead), ("Ban Tổ chức Tỉnh ủy", Owner.Support)],
            Read("Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy xây dựng chương trình kiểm tra."));
        Assert.Equal([("Đảng ủy Bộ đội Biên phòng tỉnh", Owner.Lead), ("Đảng ủy Cảnh sát Phòng cháy và chữa cháy tỉnh", Owner.Lead)],
            Read("Đảng ủy Bộ đội Biên phòng tỉnh, Đảng ủy Cảnh sát Phòng cháy và chữa cháy tỉnh rà soát, kiện toàn tổ chức bộ máy."));
    }

    [Fact]
    public void A_body_after_a_report_period_is_the_subject()
    {
        Assert.Equal([("Ban thường vụ huyện ủy, thị ủy, thành ủy", Owner.Lead)],
            Read("Định kỳ 6 tháng, năm (ngày 20/6 và 20/12) ban thường vụ huyện ủy, thị ủy, thành ủy báo cáo Ban Thường vụ Tỉnh ủy."));
    }

    [Fact]
    public void A_vague_subject_leads_and_what_follows_do_is_the_doer()
    {
        Assert.Equal([("Các cơ quan, đơn vị liên quan", Owner.Lead)], Read("Các cơ quan, đơn vị liên quan thu thập thông tin theo các mẫu biểu quy định."));
        Assert.Equal([("Các nhà đầu tư", Owner.Lead)], Read("Đối với các ứng dụng IoT trong khu công nghiệp: Do các nhà đầu tư thực hiện đầu tư."));
    }

    [Fact]
    public void Addressees_listed_after_bao_cao_are_not_owners()
    {
        Assert.Empty(Read("Tổng hợp chung các mẫu biểu; xây dựng báo cáo đánh giá để báo cáo Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố, Sở Nông nghiệp và Môi trường và các Sở, ngành chủ trì, quản lý dự án."));
    }

    [Fact]
    public void Two_cells_joined_without_a_comma_are_two_names()
    {
        Assert.Equal([("Sở Khoa học và Công nghệ", Owner.Support), ("Sở Công Thương", Owner.Support)],
            Read("Phối hợp với Sở Khoa học và Công nghệ Sở Công Thương"));
    }

    [Fact]
    public void A_list_of_titles_before_the_bodies_is_dropped_and_they_are_addressed()
    {
        Assert.Equal([("Các sở, ban ngành", Owner.Lead), ("Ủy ban nhân dân xã, phường", Owner.Lead), ("Các đơn vị liên quan", Owner.Lead)],
            Read("Yêu cầu Giám đốc, Thủ trưởng các sở, ban ngành, Chủ tịch Ủy ban nhân dân xã, phường và các đơn vị liên quan tập trung thực hiện."));
    }

    [Fact]
    public void The_forces_one_works_with_are_partners()
    {
        Assert.Equal([("Công an thành phố", Owner.Support)], Read("Chỉ đạo các đơn vị trực thuộc phối hợp chặt chẽ lực lượng Công an thành phố thực hiện hiệu quả Chương trình."));
    }

    [Fact]
    public void What_a_body_comprises_is_no_owner_and_names_end_before_adverbs()
    {
        Assert.Equal([("Trung tâm Kiểm soát bệnh tật tỉnh", Owner.Lead)],
            Read("Trung tâm Kiểm soát bệnh tật tỉnh hoàn thành việc sáp nhập các đơn vị, bao gồm: Trung tâm Y tế dự phòng tỉnh; Trung tâm Phòng chống bệnh xã hội."));
        Assert.Equal([("Các cơ quan, đơn vị", Owner.Lead)], Read("Các cơ quan, đơn vị chưa thực hiện phải báo cáo."));
        Assert.Equal([("Sở Y tế", Owner.Lead), ("Các sở, ngành", Owner.Support)], Read("Sở Y tế chủ trì, phối hợp với các sở, ngành khác thực hiện."));
    }

    [Fact]
    public void A_group_named_by_what_it_was_given_keeps_its_description()
    {
        Assert.Equal([("Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này", Owner.Lead)],
            Read("Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này có trách nhiệm lập kế hoạch, dự toán."));
    }

    [Fact]
    public void After_a_topic_that_quotes_a_request_the_answer_names_the_owners()
    {
        Assert.Equal([("Bộ Tài chính", Owner.Lead), ("Bộ Xây dựng", Owner.Support)],
            Read("Về đề nghị Chính phủ chỉ đạo Bộ Tài chính bố trí vốn Dự án đường ven biển: Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng xem xét."));
    }

    [Fact]
    public void A_group_described_at_length_before_its_duty_is_one_owner()
    {
        Assert.Equal([("Các đơn vị cấp nước sạch trên địa bàn thành phố", Owner.Lead)],
            Read("11. Các đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm"));
        Assert.Equal([("Các tổ chức, cá nhân và hộ gia đình khai thác sử dụng tài nguyên nước dưới đất", Owner.Lead)],
            Read("Các tổ chức, cá nhân và hộ gia đình khai thác sử dụng tài nguyên nước dưới đất có trách nhiệm:"));
        // Mid-sentence, or with a partner inside, the description is not the subject.
        Assert.DoesNotContain(("Các đơn vị cấp nước sạch", Owner.Lead), Read("Sở Xây dựng hướng dẫn các đơn vị cấp nước sạch có trách nhiệm báo cáo."));
        Assert.Equal([("Các sở, ngành", Owner.Lead), ("Sở Y tế", Owner.Support)], Read("Các sở, ngành phối hợp với Sở Y tế có trách nhiệm triển khai."));
    }

    [Fact]
    public void Businesses_and_people_named_together_are_one_group()
    {
        Assert.Equal([("Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư", Owner.Lead)], Read("Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư bảo đảm kinh phí thực hiện."));
        Assert.Equal([("Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan", Owner.Lead)], Read("Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan tuân thủ quy định."));
        Assert.Equal([("Sở Công Thương", Owner.Lead)], Read("Sở Công Thương hướng dẫn doanh nghiệp, tổ chức, cá nhân thực hiện."));
    }

    [Fact]
    public void Names_of_one_table_cell_joined_by_a_space_are_separate_owners()
    {
        Assert.Equal(["Bộ Tư lệnh Thành phố", "Công an Thành phố"], AgencyRecognizer.Find("Bộ Tư lệnh Thành phố Công an Thành phố").Select(m => m.Canonical));
        Assert.Equal(["Sở Tài chính", "Các sở, ngành"], AgencyRecognizer.Find("Sở Tài chính Các sở, ngành").Select(m => m.Canonical));
        Assert.Equal(["Ủy ban nhân dân xã, phường, đặc khu", "Sở Tài chính"], AgencyRecognizer.Find("UBND xã, phường, đặc khu Sở Tài chính").Select(m => m.Canonical));
        // A head word inside a name that does not end with its place level stays in it.
        Assert.Equal(["Ban Chỉ huy Bộ đội Biên phòng tỉnh"], AgencyRecognizer.Find("Ban Chỉ huy Bộ đội Biên phòng tỉnh").Select(m => m.Canonical));
        Assert.Equal(["Đảng ủy Công an tỉnh"], AgencyRecognizer.Find("Đảng ủy Công an tỉnh").Select(m => m.Canonical));
    }

    [Fact]
    public void A_force_named_in_lowercase_is_an_owner_unless_the_agency_itself_follows()
    {
        Assert.Equal([("Lực lượng Kiểm lâm", Owner.Support), ("Các đơn vị chủ rừng", Owner.Support)],
            Read("Chỉ đạo các đơn vị trực thuộc tăng cường phối hợp, hỗ trợ chính quyền địa phương và lực lượng Kiểm lâm, các đơn vị chủ rừng trong công tác bảo vệ rừng."));
        Assert.Equal([("Ban Chỉ huy Bộ đội Biên phòng thành phố", Owner.Lead), ("Công an thành phố", Owner.Support)],
            Read("Ban Chỉ huy Bộ đội Biên phòng thành phố phối hợp chặt chẽ lực lượng Công an thành phố thực hiện."));
    }

    [Fact]
    public void A_field_after_va_that_ends_with_a_proper_place_name_belongs_to_the_name() =>
        Assert.Equal([("Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ", Owner.Lead)],
            Read("Giao Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ chỉ đạo các đơn vị kinh doanh hạ tầng."));

    [Fact]
    public void The_members_listed_after_bao_gom_are_not_doers()
    {
        var owners = Read("Củng cố, kiện toàn Ban Chỉ đạo tỉnh, bao gồm: Trưởng Ban Chỉ đạo là Chủ tịch UBND tỉnh; Phó Trưởng Ban là Giám đốc Công an tỉnh; thành viên gồm lãnh đạo Sở Nội vụ, Sở Tài chính.");
        Assert.Empty(owners);
    }

    [Fact]
    public void Partners_listed_after_phoi_hop_without_voi_support()
    {
        Assert.Equal([("Mặt trận cơ sở", Owner.Support), ("Các đoàn thể", Owner.Support)],
            Read("Phối hợp chính quyền địa phương, Mặt trận cơ sở và các đoàn thể giám sát việc phân bổ nguồn hỗ trợ."));
        Assert.Equal([("Ủy ban nhân dân các xã, phường", Owner.Support)], Read("Phối hợp UBND các xã, phường dựng nhà bạt, bố trí điểm lưu trú tạm."));
    }
}

public class PartyAndEnterpriseNameTests
{
    private static IEnumerable<(string, string)> Read(string text) => RoleReader.Read(text).Select(o => (o.Name, o.Role));

    [Theory]
    [InlineData("Ban Tuyên giáo Tỉnh ủy định hướng các cơ quan báo chí tuyên truyền.", "Ban Tuyên giáo Tỉnh ủy")]
    [InlineData("Uỷ ban kiểm tra các cấp tập trung kiểm tra khi có dấu hiệu vi phạm.", "Ủy ban kiểm tra các cấp")]
    [InlineData("Các ban xây dựng Đảng Tỉnh ủy tham mưu thực hiện.", "Các ban xây dựng Đảng Tỉnh ủy")]
    [InlineData("UBKT Tỉnh ủy chủ trì kiểm tra, giám sát.", "Ủy ban Kiểm tra Tỉnh ủy")]
    [InlineData("4. Đảng ủy Mặt trận Tổ quốc và các đoàn thể tỉnh", "Đảng ủy Mặt trận Tổ quốc và các đoàn thể tỉnh")]
    [InlineData("Ngân hàng Chính sách xã hội chi nhánh tỉnh Sơn La tư vấn, hỗ trợ người lao động.", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Sơn La")]
    [InlineData("14. Các chủ đập, chủ hồ chứa thủy lợi, thủy điện trên địa bàn tỉnh có trách nhiệm:", "Các chủ đập, chủ hồ chứa thủy lợi, thủy điện trên địa bàn tỉnh")]
    public void A_body_named_before_its_action_ends_where_the_action_starts(string sentence, string name) =>
        Assert.Equal([(name, Owner.Lead)], Read(sentence));

    [Fact]
    public void Enterprises_named_by_their_brand_in_a_list_are_one_owner_each() =>
        Assert.Equal(
            [("Công ty Điện lực Quảng Ngãi", Owner.Lead), ("Viễn thông Quảng Ngãi", Owner.Lead), ("Viettel Quảng Ngãi", Owner.Lead)],
            Read("Công ty Điện lực Quảng Ngãi, Viễn thông Quảng Ngãi, Viettel Quảng Ngãi bảo đảm cung cấp điện, thông tin liên lạc."));

    [Fact]
    public void A_verb_that_ends_a_place_word_is_not_part_of_the_name() =>
        Assert.Equal([("Văn phòng Ủy ban nhân dân tỉnh", Owner.Support), ("Thanh tra tỉnh", Owner.Support)],
            Read("Chủ trì, phối hợp với Văn phòng UBND tỉnh, Thanh tra tỉnh thành lập các đoàn kiểm tra công vụ."));

    [Fact]
    public void Who_a_party_body_leads_at_the_start_of_its_item_is_no_owner()
    {
        Assert.Empty(Read("- Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền, vận động đoàn viên."));
        Assert.Equal([("Sở Y tế", Owner.Lead)], Read("Lãnh đạo Sở Y tế chủ trì tổ chức hội nghị."));
    }

    [Fact]
    public void Who_decides_in_a_conclusion_is_no_owner() =>
        Assert.Equal([("Ban Quản lý Khu kinh tế tỉnh", Owner.Lead)],
            Read("Chủ tịch UBND tỉnh thống nhất chủ trương; giao Ban Quản lý Khu kinh tế tỉnh hoàn chỉnh hồ sơ, gửi Sở Tài chính thẩm định."));

    [Fact]
    public void Owners_in_the_bracket_that_closes_an_item_lead()
    {
        Assert.Equal([("Sở Văn hóa, Thể thao và Du lịch", Owner.Lead), ("Báo và Phát thanh, Truyền hình Thái Nguyên", Owner.Support)],
            Read("Xây dựng chuyên mục trên Cổng Thông tin điện tử tỉnh (Sở Văn hoá, Thể thao và Du lịch chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Thái Nguyên; thực hiện thường xuyên)."));
        Assert.Equal([("Sở Y tế", Owner.Lead), ("Ủy ban nhân dân các xã, phường", Owner.Lead)],
            Read("Nhân rộng các mô hình thoát nghèo (Sở Y tế, UBND các xã, phường; thường xuyên)."));
        Assert.Empty(Read("Báo cáo cấp thẩm quyền (UBND thành phố, Bộ Nông nghiệp và Môi trường chủ trì dự án) việc thực hiện Chương trình."));
    }

    [Theory]
    [InlineData("Đề nghị Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam tăng cường tuyên truyền.", "Đài Tiếng nói Việt Nam|Thông tấn xã Việt Nam")]
    [InlineData("Ban Quản lý dự án Nông nghiệp và PTNT tỉnh, Ban QLDA Giao thông tỉnh thực hiện.", "Ban Quản lý dự án Nông nghiệp và Phát triển nông thôn tỉnh|Ban Quản lý dự án Giao thông tỉnh")]
    [InlineData("EVN khẩn trương đầu tư các dự án lưới điện.", "Tập đoàn Điện lực Việt Nam")]
    [InlineData("Giao Ủy ban Quản lý vốn nhà nước tại doanh nghiệp, Tập đoàn Điện lực Việt Nam khẩn trương triển khai.", "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp|Tập đoàn Điện lực Việt Nam")]
    public void Abbreviated_and_national_bodies_are_named_in_full(string sentence, string names) =>
        Assert.Equal(names.Split('|'), RoleReader.Read(sentence).Select(o => o.Name));

    [Theory]
    [InlineData("Người đứng đầu cấp ủy, chính quyền các cấp trực tiếp lãnh đạo, chỉ đạo thực hiện.", "Cấp ủy, chính quyền các cấp")]
    [InlineData("Các doanh nghiệp viễn thông phát triển mạng di động 5G.", "Các doanh nghiệp viễn thông")]
    public void A_group_ends_where_its_action_starts(string sentence, string name) =>
        Assert.Equal([(name, Owner.Lead)], Read(sentence));

    [Fact]
    public void Whom_a_body_advises_is_no_owner() =>
        Assert.Equal([("Các ban xây dựng Đảng Tỉnh ủy", Owner.Lead), ("Ủy ban Kiểm tra Tỉnh ủy", Owner.Lead)],
            Read("Các ban xây dựng Đảng Tỉnh ủy, UBKT Tỉnh ủy theo chức năng, nhiệm vụ tham mưu BTV Tỉnh ủy kiểm tra, giám sát."));
}

public class MemberListTests
{
    [Fact]
    public void A_body_named_with_its_members_gives_one_owner_per_member()
    {
        var owners = RoleReader.Read("Sở Y tế chủ trì, phối hợp với Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền và Tân Phú Đông thành lập tổ công tác.").Where(o => o.Role == Ingest.Core.Extraction.Owner.Support);
        Assert.Equal(["Ủy ban nhân dân xã Gia Thuận", "Ủy ban nhân dân xã Tân Điền", "Ủy ban nhân dân xã Tân Phú Đông"], owners.Select(o => o.Name));
    }

    [Fact]
    public void A_generic_list_stays_one_owner() =>
        Assert.Equal(["Ủy ban nhân dân các huyện, thị xã, thành phố"], RoleReader.Read("UBND các huyện, thị xã, thành phố chủ trì.").Select(o => o.Name));
}

public class KindListTests
{
    [Fact]
    public void A_kind_of_body_named_with_its_members_gives_one_owner_per_member()
    {
        var owners = RoleReader.Read("Các Bộ, cơ quan liên quan và các Tập đoàn: Công nghiệp - Năng lượng Quốc gia Việt Nam, Bưu chính viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội theo chức năng, nhiệm vụ, phối hợp chặt chẽ với Tỉnh.");
        Assert.Equal(["Các Bộ, cơ quan liên quan", "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam", "Tập đoàn Bưu chính viễn thông Việt Nam", "Tập đoàn Công nghiệp - Viễn thông Quân đội"],
            owners.Select(o => o.Name));
    }
}
