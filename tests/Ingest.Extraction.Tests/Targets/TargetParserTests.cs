using Ingest.Extraction.Targets;

namespace Ingest.Extraction.Tests.Targets;

public class TargetParserTests
{
    [Fact]
    public void The_example_of_the_guide_gives_every_attribute()
    {
        var target = Assert.Single(TargetParser.Parse("Giảm tối thiểu 10% biên chế sự nghiệp hưởng lương từ ngân sách nhà nước so với năm 2015.", "2021"));
        Assert.Equal(10m, target.Value);
        Assert.Equal("%", target.Unit);
        Assert.Equal("decrease", target.Direction);
        Assert.Equal("at_least", target.Comparator);
        Assert.Equal("2015", target.Baseline);
        Assert.Equal("2021", target.Due);
        Assert.Equal("biên chế sự nghiệp hưởng lương từ ngân sách nhà nước", target.Metric);
    }

    [Fact]
    public void One_target_per_number()
    {
        var targets = TargetParser.Parse("Giảm tối thiểu 10% đơn vị sự nghiệp công lập và 15% biên chế so với năm 2021.", "2025");
        Assert.Equal([10m, 15m], targets.Select(t => t.Value));
    }

    [Theory]
    [InlineData("Phấn đấu tổng tỷ suất sinh đạt 2,5 con/phụ nữ", 2.5, "con/phụ nữ", "exactly")]
    [InlineData("Tỷ lệ trẻ em dưới 15 tuổi đạt khoảng 22%", 22, "%", "about")]
    [InlineData("Kim ngạch xuất khẩu đạt trên 1.500 triệu USD", 1500, "triệu USD", "at_least")]
    [InlineData("Tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái", 109, "bé trai/100 bé gái", "at_most")]
    [InlineData("Tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái sinh ra sống vào năm 2025", 109, "bé trai/100 bé gái sinh ra sống", "at_most")]
    [InlineData("Tỷ suất sinh ở trẻ vị thành niên còn 18 ca sinh/1.000 phụ nữ vào năm 2025", 18, "ca sinh/1.000 phụ nữ", "exactly")]
    public void Reads_vietnamese_numbers_units_and_comparators(string text, double value, string unit, string comparator)
    {
        var target = Assert.Single(TargetParser.Parse(text, null));
        Assert.Equal((decimal)value, target.Value);
        Assert.StartsWith(unit.Split('/')[0], target.Unit);
        Assert.Equal(comparator, target.Comparator);
    }

    [Theory]
    [InlineData("Tỷ lệ tử vong bà mẹ liên quan đến thai sản dưới 4/100.000 trẻ sinh ra còn sống vào năm 2025.", 4, "/100.000 trẻ sinh ra còn sống", "at_most", "reach")]
    [InlineData("Giảm số giờ làm công việc nội trợ không được trả công của phụ nữ còn 1,7 lần vào năm 2025.", 1.7, "lần", "exactly", "decrease")]
    [InlineData("Giá trị xuất khẩu đạt 400 triệu USD, tăng bình quân hằng năm trong giai đoạn này đạt 10 - 13%/năm.", 10, "%", "at_least", "increase")]
    public void Rates_ratios_and_the_size_of_a_change_are_read_whole(string text, double value, string unit, string comparator, string direction)
    {
        var target = TargetParser.Parse(text, null).Last();
        Assert.Equal(((decimal)value, unit, comparator, direction), (target.Value, target.Unit, target.Comparator, target.Direction));
        Assert.DoesNotContain(" còn", target.Metric);
    }

    [Theory]
    [InlineData("Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.", "Tỷ lệ hộ nghèo", "decrease")]
    [InlineData("GRDP tăng bình quân 8%/năm.", "GRDP", "increase")]
    [InlineData("Tỷ lệ đô thị hóa đạt từ 45% trở lên.", "Tỷ lệ đô thị hóa", "reach")]
    public void The_verb_of_the_change_is_no_part_of_the_metric(string text, string metric, string direction)
    {
        var target = Assert.Single(TargetParser.Parse(text, null));
        Assert.Equal((metric, direction), (target.Metric, target.Direction));
    }

    [Fact]
    public void A_count_of_times_is_no_goal() => Assert.Empty(TargetParser.Parse("Tổ chức 2 lần trong năm.", null));

    [Fact]
    public void A_range_gives_its_lower_bound_at_least()
    {
        var target = Assert.Single(TargetParser.Parse("Tăng bình quân 10 - 13%/năm giá trị xuất khẩu.", "2030"));
        Assert.Equal((10m, "at_least", "increase"), (target.Value, target.Comparator, target.Direction));
    }

    [Fact]
    public void Years_dates_and_document_numbers_are_not_targets() =>
        Assert.Empty(TargetParser.Parse("Thực hiện Nghị định số 80/2025/NĐ-CP ngày 01 tháng 4 năm 2025 giai đoạn 2021 - 2025.", null));

    [Fact]
    public void A_due_named_later_in_the_item_is_not_the_due_of_the_goals_before_it()
    {
        // dong-thap-556: "Có 30% diện tích … . Phấn đấu đến năm 2030 diện tích rừng ngập mặn … đạt 1.700 ha."
        var targets = TargetParser.Parse("Phát triển ngành thủy sản toàn diện. Có 30% diện tích nuôi thủy sản chủ lực áp dụng quy trình tiên tiến. Phấn đấu đến năm 2030 diện tích rừng ngập mặn đạt 1.700 ha.", null);
        Assert.Equal([(30m, (string?)null), (1700m, "2030")], targets.Select(t => (t.Value!.Value, t.Due)));
    }

    [Fact]
    public void From_one_level_down_to_another_is_one_goal_the_level_to_reach()
    {
        var target = Assert.Single(TargetParser.Parse("Đến năm 2030, giảm tỷ lệ suy dinh dưỡng từ 15% xuống 10%.", null));
        Assert.Equal((10m, "decrease", "tỷ lệ suy dinh dưỡng", (string?)null), (target.Value!.Value, target.Direction, target.Metric, target.Baseline));
    }

    [Fact]
    public void A_range_keeps_its_upper_bound_and_growth_is_a_noun()
    {
        var target = Assert.Single(TargetParser.Parse("Phấn đấu tăng trưởng từ 5 - 7% mỗi năm.", null));
        Assert.Equal((5m, 7m, "at_least", "tăng trưởng", "reach"), (target.Value!.Value, target.ValueMax!.Value, target.Comparator, target.Metric, target.Direction));
    }

    [Fact]
    public void A_count_of_the_work_is_no_goal_and_a_goal_added_after_a_comma_starts_at_its_cue()
    {
        var target = Assert.Single(TargetParser.Parse("Sở Y tế tổ chức 02 hội nghị tập huấn, phấn đấu tỷ lệ cán bộ được tập huấn chiếm tỷ lệ ít nhất 65%.", null));
        Assert.Equal((65m, "at_least", "tỷ lệ cán bộ được tập huấn"), (target.Value!.Value, target.Comparator, target.Metric));
        Assert.Empty(TargetParser.Parse("Sở Nội vụ thành lập 03 Chi nhánh trung tâm.", null));
    }

    [Fact]
    public void Numbers_of_how_things_are_now_are_no_goals()
    {
        // ha-noi-310: the current count before the goal is a baseline.
        var targets = TargetParser.Parse("Hiện nay, tổng số trạm thu phát sóng tại các khu công nghiệp khoảng 180 trạm, trong đó có 22 trạm 5G. Phấn đấu đến năm 2030 đạt 100% khu công nghiệp có sóng 5G.", null);
        Assert.Equal([100m], targets.Select(t => t.Value));
    }

    [Theory]
    [InlineData("a) Đến năm 2025", "2025")]
    [InlineData("1. Giai đoạn đến năm 2021", "2021")]
    [InlineData("Mục tiêu giai đoạn 2026 - 2030", "2030")]
    [InlineData("so với giai đoạn 2011 - 2015", null)]
    public void Headings_name_the_due_year(string heading, string? due) => Assert.Equal(due, TargetParser.DueOf(heading));

    [Fact]
    public void A_bound_outranks_an_average_and_khong_duoi_is_at_least()
    {
        var kindergarten = Assert.Single(TargetParser.Parse("Phấn đấu đến năm 2020 bố trí bình quân không dưới 25 trẻ mẫu giáo/lớp.", null));
        Assert.Equal(("at_least", 25m, "2020"), (kindergarten.Comparator, kindergarten.Value, kindergarten.Due));
        Assert.DoesNotContain("không", kindergarten.Metric);
        var units = Assert.Single(TargetParser.Parse("Giảm mạnh về đầu mối, tối thiểu bình quân giảm 10% đơn vị sự nghiệp công lập so với năm 2015.", "2021"));
        Assert.Equal(("at_least", "decrease"), (units.Comparator, units.Direction));
        Assert.Equal("at_most", Assert.Single(TargetParser.Parse("Tỷ lệ hộ nghèo dưới 2%.", null)).Comparator);
        Assert.Equal("about", Assert.Single(TargetParser.Parse("Tăng bình quân 7% mỗi năm giá trị sản xuất.", null)).Comparator);
    }

    [Fact]
    public void Tren_is_a_bound_only_right_before_the_number()
    {
        var targets = TargetParser.Parse("Trên 80% số trạm y tế xã, phường trên thành phố và 100% cơ sở cai nghiện ma túy công lập đủ điều kiện.", "2030");
        Assert.Equal(["at_least", "exactly"], targets.Select(t => t.Comparator));
    }

    [Fact]
    public void An_amount_of_two_thousand_is_not_a_year()
    {
        var target = Assert.Single(TargetParser.Parse("Tổng sản phẩm Thanh long tham gia xuất khẩu đến năm 2030 phấn đấu đạt 2.000 tấn.", null));
        Assert.Equal((2000m, "tấn", "2030"), (target.Value, target.Unit, target.Due));
    }

    [Fact]
    public void A_share_of_a_total_takes_its_metric_from_before_the_number_and_names_the_total()
    {
        var target = TargetParser.Parse("Chi cho nghiên cứu và phát triển (R&D) đạt khoảng 2% GRDP", null).Single();
        Assert.Equal(("Chi cho nghiên cứu và phát triển (R&D) GRDP", "about"), (target.Metric, target.Comparator));
    }

    [Fact]
    public void The_counted_thing_ends_before_thuoc() =>
        Assert.Equal("hộ", TargetParser.Parse("Hỗ trợ xây mới, sửa chữa nhà ở cho 1.500 hộ thuộc diện hộ nghèo.", null).Single().Unit);

    [Theory]
    [InlineData("Phấn đấu đến hết Quý III/2025 có ít nhất 80% hộ gia đình kinh doanh được trang bị bình chữa cháy.", "2025-09-30")]
    [InlineData("Phấn đấu năm 2025 giảm tối thiểu 10% số vụ cháy xảy ra tại nhà ở riêng lẻ.", "2025")]
    public void A_quarter_or_the_year_of_phan_dau_is_the_due(string sentence, string due) =>
        Assert.Equal(due, TargetParser.Parse(sentence, null).Single().Due);

    [Fact]
    public void A_share_of_the_plan_names_what_it_is_a_share_of() =>
        Assert.Equal("giải ngân kế hoạch vốn các chương trình mục tiêu quốc gia",
            TargetParser.Parse("Phấn đấu giải ngân 100% kế hoạch vốn các chương trình mục tiêu quốc gia năm 2025 trước ngày 31/01/2026.", null).Single().Metric);

    [Fact]
    public void A_year_named_with_the_goal_before_its_number_outranks_the_heading_but_a_from_level_year_does_not()
    {
        Assert.Equal("2025", TargetParser.Parse("Phấn đấu giải ngân vốn đầu tư xây dựng năm 2025 của Tập đoàn đạt trên 95% kế hoạch.", "2030").Single().Due);
        Assert.Equal("2030", TargetParser.Parse("Nâng tỷ lệ doanh nghiệp sử dụng nền tảng số từ 42% năm 2024 lên trên 70%.", "2030").Single().Due);
    }

    [Theory]
    [InlineData("Có ít nhất 45 xã vùng đồng bào dân tộc thiểu số đạt chuẩn nông thôn mới.", "xã")]
    [InlineData("Phấn đấu trong năm 2025 trồng mới ít nhất 150 ha sâm Ngọc Linh dưới tán rừng.", "ha")]
    public void A_one_word_measure_is_the_whole_unit(string sentence, string unit) =>
        Assert.Equal(unit, TargetParser.Parse(sentence, null).Single().Unit);
}
