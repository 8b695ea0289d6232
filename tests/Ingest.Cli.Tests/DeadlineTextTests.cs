using Ingest.Cli.Commands;
using Ingest.Core.Extraction;

namespace Ingest.Cli.Tests;

public class DeadlineTextTests
{
    [Fact]
    public void A_due_a_start_and_a_recurrence_read_as_a_vietnamese_reader_writes_them() =>
        Assert.Equal("hạn 31/12/2019 · từ 2018 · hằng năm", DeadlineText.Describe(new Deadline("thực hiện từ năm 2018, hoàn thành năm 2019", "2018", "2019-12-31", "annual")));

    [Fact]
    public void A_time_without_a_date_shows_its_words() =>
        Assert.Equal("thời gian: khi có văn bản của Trung ương", DeadlineText.Describe(new Deadline("khi có văn bản của Trung ương", null, null, null)));

    [Fact]
    public void No_deadline_shows_nothing() => Assert.Equal("", DeadlineText.Describe(null));
}
