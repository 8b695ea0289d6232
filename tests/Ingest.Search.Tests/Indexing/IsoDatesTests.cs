using Ingest.Search.Indexing;

namespace Ingest.Search.Tests.Indexing;

public sealed class IsoDatesTests
{
    [Theory]
    [InlineData("2019", 20190101, 20191231)]
    [InlineData("2024-02", 20240201, 20240229)]
    [InlineData("2025-06", 20250601, 20250630)]
    [InlineData("2018-09-30", 20180930, 20180930)]
    public void A_period_spans_its_first_to_its_last_day(string value, int first, int last)
    {
        Assert.Equal(first, IsoDates.FirstDay(value));
        Assert.Equal(last, IsoDates.LastDay(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("năm 2019")]
    [InlineData("2019-13")]
    [InlineData("2019-02-30")]
    [InlineData("19")]
    public void What_is_not_a_date_gives_null(string? value) => Assert.Null(IsoDates.LastDay(value));
}
