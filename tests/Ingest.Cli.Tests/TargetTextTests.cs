using Ingest.Cli.Commands;
using Ingest.Core.Extraction;

namespace Ingest.Cli.Tests;

public class TargetTextTests
{
    [Fact]
    public void A_target_reads_with_its_direction_bound_vietnamese_decimal_baseline_and_due() =>
        Assert.Equal("biên chế sự nghiệp: giảm tối thiểu 10,5 % (so với 2015) · đến 2021",
            TargetText.Describe(new TargetItem { Text = "…", Metric = "biên chế sự nghiệp", Direction = "decrease", Comparator = "at_least", Value = 10.5m, Unit = "%", Baseline = "2015", Due = "2021" }));

    [Fact]
    public void A_range_and_a_count_read_as_written() =>
        Assert.Equal("giá trị xuất khẩu: tăng 1.500–2.000 triệu USD",
            TargetText.Describe(new TargetItem { Text = "…", Metric = "giá trị xuất khẩu", Direction = "increase", Comparator = "exactly", Value = 1500m, ValueMax = 2000m, Unit = "triệu USD" }));
}
