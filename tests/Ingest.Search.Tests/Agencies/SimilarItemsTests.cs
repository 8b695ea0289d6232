using Ingest.Search.Tests.TestSupport;
using static Ingest.Search.Tests.TestSupport.Make;

namespace Ingest.Search.Tests.Agencies;

public sealed class SimilarItemsTests
{
    [Fact]
    public void Similar_tasks_are_tasks_of_other_documents_that_share_words_with_it()
    {
        using var fixture = new IndexFixture();
        fixture.Index.Index("dien-bien", Directive(Doc(place: "Điện Biên"),
            Task("Rà soát, sắp xếp lại các đơn vị sự nghiệp công lập thuộc tỉnh."),
            Task("Sắp xếp lại các đơn vị sự nghiệp công lập theo hướng tinh gọn.")));
        fixture.Index.Index("lai-chau", Directive(Doc(place: "Lai Châu"),
            Task("Tổ chức lễ hội văn hóa các dân tộc."),
            Task("Tiếp tục sắp xếp lại các đơn vị sự nghiệp công lập của tỉnh.")));
        fixture.Index.Index("can-tho", Directive(Doc(place: "Cần Thơ"),
            Task("Kiểm tra an toàn thực phẩm tại chợ.")));

        var similar = fixture.Index.Similar("dien-bien-task-1")!;

        Assert.Equal(["lai-chau-task-2"], similar.Select(h => h.Id));
    }

    [Fact]
    public void Similar_tasks_over_the_gold_corpus_come_from_other_documents()
    {
        using var fixture = new GoldIndex();
        var task = GoldItem.All.First(i => i.Type == "task" && i.Words.Contains("su") && i.Words.Contains("nghiep"));

        var similar = fixture.Index.Similar(task.Id, 10)!;

        Assert.NotEmpty(similar);
        Assert.All(similar, h => Assert.Equal("task", h.Type));
        Assert.All(similar, h => Assert.NotEqual(task.Id[..task.Id.IndexOf("-task-")], h.Document.Id));
    }

    [Fact]
    public void An_unknown_item_has_no_similar_items()
    {
        using var fixture = new IndexFixture();
        Assert.Null(fixture.Index.Similar("missing-task-1"));
    }
}
