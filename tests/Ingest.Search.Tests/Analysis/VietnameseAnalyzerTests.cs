using System.Text;
using Ingest.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ingest.Search.Tests.Analysis;

public sealed class VietnameseAnalyzerTests
{
    private static List<(string Term, int Position, int Start, int End)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }

    private static string[] Terms(Analyzer analyzer, string text) => Tokens(analyzer, text).Select(t => t.Term).ToArray();

    [Fact]
    public void Exact_terms_are_lower_case_syllables_with_their_diacritics() =>
        Assert.Equal(["giảm", "nghèo", "bền", "vững"], Terms(new VietnameseAnalyzer(folded: false), "GIẢM Nghèo, bền vững."));

    [Fact]
    public void Folded_terms_have_no_diacritics_and_d_for_đ() =>
        Assert.Equal(["dam", "bao", "uy", "ban"], Terms(new VietnameseAnalyzer(folded: true), "Đảm bảo Ủy ban"));

    [Fact]
    public void Decomposed_input_gives_the_same_terms_as_composed_input()
    {
        var composed = "Sở Y tế tổ chức lại";
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(Terms(new VietnameseAnalyzer(folded: false), composed), Terms(new VietnameseAnalyzer(folded: false), decomposed));
    }

    [Fact]
    public void Bigrams_stand_at_the_position_of_their_first_syllable()
    {
        var tokens = Tokens(new VietnameseAnalyzer(folded: true, bigrams: true), "giảm nghèo bền");

        Assert.Equal(
            [("giam", 0), ("giam ngheo", 0), ("ngheo", 1), ("ngheo ben", 1), ("ben", 2)],
            tokens.Select(t => (t.Term, t.Position)));
    }

    [Fact]
    public void Offsets_point_into_the_text_as_written()
    {
        var text = "Giao Sở Y tế";
        var tokens = Tokens(new VietnameseAnalyzer(folded: true), text);

        Assert.Equal(["Giao", "Sở", "Y", "tế"], tokens.Select(t => text[t.Start..t.End]));
    }

    [Theory]
    [InlineData("Sở Y tế chủ trì, phối hợp với Sở Nội vụ xây dựng đề án giảm nghèo bền vững giai đoạn 2021 - 2025.")]
    [InlineData("Một")]
    [InlineData("")]
    [InlineData("Ủy ban nhân dân các huyện, thị xã, thành phố; Ban Tuyên giáo Tỉnh ủy (VPTU) 19-NQ/TW")]
    public void The_bigram_filter_gives_what_lucenes_shingle_filter_gives(string text)
    {
        var shingles = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(VietnameseAnalyzer.Version, reader);
            var filter = new ShingleFilter(new VietnameseFoldingFilter(tokenizer), 2, 2);
            filter.SetOutputUnigrams(true);
            return new TokenStreamComponents(tokenizer, filter);
        });

        Assert.Equal(Tokens(shingles, text), Tokens(new VietnameseAnalyzer(folded: true, bigrams: true), text));
    }
}
