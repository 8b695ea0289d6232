using Ingest.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ingest.Search.Tests.Analysis;

public sealed class ReplayedTokensTests
{
    public static TheoryData<string> Texts => new()
    {
        "Sở Y tế chủ trì, phối hợp với Sở Nội vụ xây dựng đề án giảm nghèo bền vững giai đoạn 2021 - 2025.",
        "Một",
        "",
        "   ",
        "Ủy ban nhân dân các huyện, thị xã, thành phố; Ban Tuyên giáo Tỉnh ủy (VPTU) 19-NQ/TW",
        "ĐẢM BẢO an toàn; email: so.yte@dienbien.gov.vn, 3,5% GDP, " + new string('x', 300) + " cuối",
        new string('y', 300) + " đầu tiên " + new string('z', 300),
    };

    private static List<string> Tokens(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var tokens = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add($"{term}|{increment.PositionIncrement}|{length.PositionLength}|{offset.StartOffset}-{offset.EndOffset}|{type.Type}");
        }
        stream.End();
        tokens.Add($"end|{increment.PositionIncrement}|{offset.StartOffset}-{offset.EndOffset}");
        stream.Dispose();
        return tokens;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Replayed_syllables_are_what_the_exact_and_folded_analyzers_give(string text)
    {
        var splitter = new SyllableSplitter();
        var syllables = new SyllableList();
        var exact = new ReplayedTokens(folded: false);
        var folded = new ReplayedTokens(folded: true);
        var foldedWithBigrams = new ReplayedTokens(folded: true, bigrams: true);

        // Twice each, after another text, as an indexing thread reuses them from item to item.
        foreach (var other in new[] { "Một văn bản khác trước đó, dài hơn một chút.", "" })
        {
            splitter.Split(other, syllables);
            splitter.Split(text, syllables);
            exact.Replay(syllables);
            folded.Replay(syllables);
            foldedWithBigrams.Replay(syllables);
            Assert.Equal(Tokens(IndexAnalyzer.Exact.GetTokenStream("f", text)), Tokens(exact));
            Assert.Equal(Tokens(IndexAnalyzer.Folded.GetTokenStream("f", text)), Tokens(folded));
            Assert.Equal(Tokens(IndexAnalyzer.FoldedWithBigrams.GetTokenStream("f", text)), Tokens(foldedWithBigrams));
        }
    }
}
