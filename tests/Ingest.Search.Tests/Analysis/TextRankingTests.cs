using Ingest.Search.Indexing;
using Ingest.Search.Querying;
using Ingest.Search.Reading;
using Ingest.Search.Tests.TestSupport;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using static Ingest.Search.Tests.TestSupport.Make;

namespace Ingest.Search.Tests.Analysis;

/// <summary>How the text queries rank: exact diacritics above folded matches, neighbours above scattered words.</summary>
public sealed class TextRankingTests : IDisposable
{
    private readonly IndexFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private void Add(string id, string text) => _fixture.Index.Index(id, Directive(Doc(), Task(text)));

    /// <summary>Ids of the task items matching, best first.</summary>
    private List<string> Ranked(Query query)
    {
        using var directory = FSDirectory.Open(_fixture.Path);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var filtered = new BooleanQuery { { query, Occur.MUST }, { new TermQuery(new Term(IndexFields.Type, ItemTypes.Task)) { Boost = 0 }, Occur.MUST } };
        var items = new ItemReader(searcher);
        return searcher.Search(filtered, 10).ScoreDocs.Select(sd => items.Item(sd.Doc).Id).ToList();
    }

    [Fact]
    public void Exact_diacritics_rank_above_folded_variants()
    {
        Add("folded", "Báo cáo tỉnh hình kinh tế xã hội.");
        Add("exact", "Báo cáo tình hình kinh tế xã hội.");

        Assert.Equal(["exact-task-1", "folded-task-1"], Ranked(TextQueries.AllWords(TextQueries.Syllables("tình hình"))));
    }

    [Fact]
    public void Without_diacritics_a_query_finds_every_variant()
    {
        Add("a", "Báo cáo tỉnh hình kinh tế xã hội.");
        Add("b", "Báo cáo tình hình kinh tế xã hội.");

        Assert.Equal(2, Ranked(TextQueries.AllWords(TextQueries.Syllables("tinh hinh"))).Count);
    }

    [Fact]
    public void Syllables_next_to_each_other_rank_above_the_same_syllables_apart()
    {
        Add("apart", "Nghèo đói được giảm nhờ đề án mới.");
        Add("together", "Đề án giảm nghèo được triển khai mới.");

        Assert.Equal(["together-task-1", "apart-task-1"], Ranked(TextQueries.AllWords(TextQueries.Syllables("giảm nghèo"))));
    }

    [Theory]
    [InlineData("giảm nghèo bền")]
    [InlineData("giam ngheo ben")]
    public void A_phrase_matches_only_the_syllables_in_order(string phrase)
    {
        Add("apart", "Giảm chi phí cho người nghèo bền bỉ.");
        Add("together", "Thực hiện giảm nghèo bền vững.");

        Assert.Equal(["together-task-1"], Ranked(TextQueries.Phrase(TextQueries.Syllables(phrase))));
    }
}
