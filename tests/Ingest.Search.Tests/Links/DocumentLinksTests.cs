using Ingest.Core.Vietnamese;
using Ingest.Search.Tests.TestSupport;
using static Ingest.Search.Tests.TestSupport.Make;

namespace Ingest.Search.Tests.Links;

public sealed class DocumentLinksTests(GoldIndex gold) : IClassFixture<GoldIndex>
{
    private static string Key(string number) => VietnameseText.FoldForComparison(number);

    [Fact]
    public void A_document_lists_every_number_it_cites_with_the_indexed_documents_of_that_number()
    {
        // 002 cites 24-CTr/TU, the number of 000 (Lai Châu).
        var citing = GoldFiles.Get("002_44adf504d2e229b2");

        var links = gold.Index.DocumentLinks("002_44adf504d2e229b2")!;

        Assert.Equal(citing.Document.References, links.Cites.Select(c => c.Number));
        foreach (var cited in links.Cites)
        {
            var expected = GoldFiles.Documents.Where(d => d.Id != "002_44adf504d2e229b2" && d.Extraction.Document.Number is { } n && Key(n) == Key(cited.Number));
            Assert.Equal(expected.Select(d => d.Id).Order(StringComparer.Ordinal), cited.Documents.Select(d => d.Id).Order(StringComparer.Ordinal));
        }
        Assert.Equal(["000_7633f38724703827"], links.Cites.Single(c => c.Number == "24-CTr/TU").Documents.Select(d => d.Id));
    }

    [Fact]
    public void A_document_lists_the_documents_that_cite_it()
    {
        var number = GoldFiles.Get("000_7633f38724703827").Document.Number!;
        var expected = GoldFiles.Documents
            .Where(d => d.Extraction.Document.References.Any(r => Key(r) == Key(number)))
            .Select(d => d.Id);

        var links = gold.Index.DocumentLinks("000_7633f38724703827")!;

        Assert.Equal(expected.Order(StringComparer.Ordinal), links.CitedBy.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.NotEmpty(links.CitedBy);
    }

    [Fact]
    public void A_document_not_in_the_index_has_no_links() => Assert.Null(gold.Index.DocumentLinks("missing"));

    [Fact]
    public void Cited_by_finds_citations_written_with_other_separators()
    {
        using var fixture = new IndexFixture();
        fixture.Index.Index("resolution", Directive(Doc(number: "19-NQ/TW")));
        fixture.Index.Index("plan", Directive(Doc(number: "15-KH/TU", references: ["19/NQ-TW"])));

        var links = fixture.Index.DocumentLinks("resolution")!;

        Assert.Equal(["plan"], links.CitedBy.Select(d => d.Id));
    }
}
