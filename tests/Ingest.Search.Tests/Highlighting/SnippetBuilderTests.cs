using Ingest.Search.Highlighting;
using Ingest.Search.Results;
using Ingest.Search.Tests.TestSupport;
using static Ingest.Search.Tests.TestSupport.Make;

namespace Ingest.Search.Tests.Highlighting;

public sealed class SnippetBuilderTests
{
    private static IReadOnlySet<string> Terms(params string[] folded) => folded.ToHashSet();

    [Fact]
    public void Matched_syllables_are_marked_with_the_documents_diacritics_and_neighbours_share_one_mark() =>
        Assert.Equal(
            "Sở Y tế xây dựng đề án <mark>giảm nghèo</mark> bền vững, <mark>giảm</mark> chi.",
            SnippetBuilder.Html("Sở Y tế xây dựng đề án giảm nghèo bền vững, giảm chi.", Terms("giam", "ngheo")));

    [Fact]
    public void A_syllable_typed_with_diacritics_marks_only_that_syllable() =>
        Assert.Equal(
            "Giám sát chương trình <mark>giảm nghèo</mark>.",
            SnippetBuilder.Html("Giám sát chương trình giảm nghèo.", Terms("giảm", "nghèo")));

    [Fact]
    public void A_syllable_typed_without_diacritics_marks_every_syllable_folding_to_it() =>
        Assert.Equal(
            "<mark>Giám</mark> sát chương trình <mark>giảm</mark> nghèo.",
            SnippetBuilder.Html("Giám sát chương trình giảm nghèo.", Terms("giam")));

    [Fact]
    public void When_the_text_lacks_the_diacritics_typed_its_folded_matches_are_marked() =>
        Assert.Equal(
            "Chuong trinh <mark>giam ngheo</mark> (OCR).",
            SnippetBuilder.Html("Chuong trinh giam ngheo (OCR).", Terms("giảm", "nghèo")));

    [Fact]
    public void Html_in_the_text_is_escaped_and_vietnamese_letters_are_not() =>
        Assert.Equal(
            "a &lt;b&gt; &amp; <mark>Đảng</mark> ủy",
            SnippetBuilder.Html("a <b> & Đảng ủy", Terms("dang")));

    [Fact]
    public void A_long_text_is_cut_around_the_matches_with_ellipses()
    {
        var text = string.Join(' ', Enumerable.Repeat("tổ chức thực hiện", 40)) + " giảm nghèo " + string.Join(' ', Enumerable.Repeat("kiểm tra", 40));

        var html = SnippetBuilder.Html(text, Terms("giam", "ngheo"), maxLength: 120);

        Assert.StartsWith("…", html);
        Assert.EndsWith("…", html);
        Assert.Contains("<mark>giảm nghèo</mark>", html);
        Assert.True(html.Replace("<mark>", "").Replace("</mark>", "").Length <= 122);
    }

    [Fact]
    public void Without_terms_the_snippet_is_the_start_of_the_text() =>
        Assert.Equal("Kiểm tra an toàn thực phẩm.", SnippetBuilder.Html("Kiểm tra an toàn thực phẩm.", Terms()));

    [Fact]
    public void Search_hits_carry_a_snippet_marking_a_folded_query_in_the_text_as_written()
    {
        using var fixture = new IndexFixture();
        fixture.Index.Index("d", Directive(Doc(), Task("Sở Y tế chủ trì xây dựng đề án giảm nghèo.")));

        var hit = fixture.Index.Search(new SearchRequest("giam ngheo")).Hits.Single();

        Assert.Equal("Sở Y tế chủ trì xây dựng đề án <mark>giảm nghèo</mark>.", hit.Snippet);
    }
}
