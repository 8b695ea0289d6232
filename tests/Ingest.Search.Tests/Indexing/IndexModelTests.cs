using Ingest.Search.Results;
using Ingest.Search.Tests.TestSupport;
using static Ingest.Search.Tests.TestSupport.Make;

namespace Ingest.Search.Tests.Indexing;

public sealed class IndexModelTests : IDisposable
{
    private readonly IndexFixture _fixture = new();

    private SearchIndex Index => _fixture.Index;

    public void Dispose() => _fixture.Dispose();

    private SearchResponse Search(string query, int size = 100) => Index.Search(new SearchRequest(query) { Size = size });

    [Fact]
    public void A_rebuild_from_the_gold_files_gives_one_item_per_task_per_target_and_per_document()
    {
        var gold = GoldFiles.Documents;

        var summary = Index.Rebuild(gold);

        var tasks = gold.Sum(d => d.Extraction.Tasks.Count);
        var targets = gold.Sum(d => d.Extraction.Targets.Count);
        Assert.Equal(gold.Count, summary.Documents);
        Assert.Equal(tasks + targets + gold.Count, summary.Items);
        Assert.Equal(tasks, Search("type:task").Total);
        Assert.Equal(targets, Search("type:target").Total);
        Assert.Equal(gold.Count, Search("type:document").Total);
    }

    [Fact]
    public void A_task_hit_carries_its_owners_with_agency_ids_its_deadline_and_its_document()
    {
        Index.Index("d1", Directive(
            Doc(number: "2235/KH-UBND", place: "Điện Biên", date: "2018-08-14", kind: "Kế hoạch", title: "Kế hoạch thực hiện"),
            Task("Rà soát mạng lưới cơ sở y tế công lập.", "2019-12-31", Lead("Sở Y tế"), Support("Bộ Y tế"))));

        var hit = Search("rà soát").Hits.Single();

        Assert.Equal("task", hit.Type);
        Assert.Equal("d1-task-1", hit.Id);
        Assert.Equal([("Sở Y tế", "lead", "so-y-te@dien-bien"), ("Bộ Y tế", "support", "bo-y-te")],
            hit.Owners.Select(o => (o.Name, o.Role, o.Id)));
        Assert.Equal("2019-12-31", hit.Deadline!.Due);
        Assert.Equal(("d1", "2235/KH-UBND", "Điện Biên", "2018-08-14", "Kế hoạch thực hiện"),
            (hit.Document.Id, hit.Document.Number, hit.Document.Place, hit.Document.Date, hit.Document.Title));
    }

    [Fact]
    public void Targets_are_items_of_their_own_with_their_figures()
    {
        var extraction = Directive(Doc(place: "Điện Biên")) with
        {
            Targets = [new Core.Extraction.TargetItem { Text = "Giảm tối thiểu 10% biên chế.", Value = 10, Unit = "%", Due = "2021" }],
        };
        Index.Index("d1", extraction);

        var hit = Search("biên chế").Hits.Single();

        Assert.Equal(("target", "d1-target-1", 10m, "2021"), (hit.Type, hit.Id, hit.Target!.Value, hit.Target.Due));
    }

    [Fact]
    public void Indexing_a_document_again_replaces_its_items()
    {
        Index.Index("d1", Directive(Doc(), Task("Xây dựng đề án giảm nghèo.")));
        Index.Index("d1", Directive(Doc(), Task("Tổ chức hội nghị sơ kết.")));

        Assert.Equal(0, Search("giảm nghèo").Total);
        Assert.Equal(1, Search("hội nghị").Total);
        Assert.Equal(2, Search("").Total);
    }

    [Fact]
    public void A_removed_document_leaves_no_item_behind()
    {
        Index.Index("d1", Directive(Doc(), Task("Xây dựng đề án giảm nghèo.")));
        Index.Index("d2", Directive(Doc(), Task("Xây dựng đề án việc làm.")));

        Index.Remove("d1");

        Assert.Equal(["d2", "d2-task-1"], Search("").Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void A_rebuild_drops_documents_that_are_no_longer_given()
    {
        Index.Index("old", Directive(Doc(), Task("Nhiệm vụ cũ.")));

        Index.Rebuild([("new", Directive(Doc(), Task("Nhiệm vụ mới.")))]);

        Assert.Equal(["new", "new-task-1"], Search("").Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void A_rebuild_that_fails_part_way_leaves_the_old_index_searchable_and_writable()
    {
        Index.Index("old", Directive(Doc(), Task("Nhiệm vụ cũ.")));

        Assert.Throws<AggregateException>(() => Index.Rebuild(FailingAfter(50)));

        Assert.Equal(["old", "old-task-1"], Search("").Hits.Select(h => h.Id).Order());
        Index.Index("later", Directive(Doc(), Task("Nhiệm vụ sau.")));
        Assert.Equal(4, Search("").Total);
    }

    private static IEnumerable<(string, Ingest.Core.Extraction.DirectiveExtraction)> FailingAfter(int documents)
    {
        for (var i = 0; i < documents; i++)
        {
            yield return ($"new{i}", Directive(Doc(), Task($"Nhiệm vụ mới số {i}.")));
        }
        throw new IOException("The store went away.");
    }

    [Fact]
    public void A_just_indexed_document_is_found_by_the_next_search_of_an_open_searcher()
    {
        Index.Index("d0", Directive(Doc(), Task("Tổ chức hội nghị.")));
        Assert.Equal(0, Search("thực phẩm").Total);

        Index.Index("d1", Directive(Doc(), Task("Kiểm tra an toàn thực phẩm.")));

        Assert.Equal(["d1-task-1"], Search("thực phẩm").Hits.Select(h => h.Id));
    }

    [Fact]
    public void A_removed_document_is_gone_from_the_next_search()
    {
        Index.Index("d1", Directive(Doc(), Task("Kiểm tra an toàn thực phẩm.")));
        Assert.Equal(1, Search("thực phẩm").Total);

        Index.Remove("d1");

        Assert.Equal(0, Search("thực phẩm").Total);
    }

    [Fact]
    public void A_read_only_index_sees_committed_items_while_the_writer_is_open()
    {
        Index.Index("d1", Directive(Doc(), Task("Kiểm tra an toàn thực phẩm.")));

        using var reader = new ReadOnlySearchIndex(_fixture.Path);

        Assert.Equal(1, reader.Search(new SearchRequest("type:task")).Total);
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.Due)]
    public void An_index_with_nothing_in_it_answers_with_no_hits_and_empty_facets(SearchSort sort)
    {
        var result = Index.Search(new SearchRequest("giảm nghèo") { Facets = true, Sort = sort });

        Assert.Equal(0, result.Total);
        Assert.All(result.Facets.Values, Assert.Empty);
    }

    [Fact]
    public void A_read_only_index_of_a_missing_folder_finds_nothing()
    {
        using var reader = new ReadOnlySearchIndex(Path.Combine(_fixture.Path, "missing"));

        Assert.Equal(0, reader.Search(new SearchRequest("giảm nghèo")).Total);
    }
}
