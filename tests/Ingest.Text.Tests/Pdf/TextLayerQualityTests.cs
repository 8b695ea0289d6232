using Ingest.Text.Pdf;

namespace Ingest.Text.Tests.Pdf;

public class TextLayerQualityTests
{
    private const string Good =
        "Thực hiện Quyết định số 7619/QĐ-BCA ngày 08 tháng 9 năm 2025 của Bộ Công an phê duyệt Chương trình mục tiêu quốc gia "
        + "phòng, chống ma túy đến năm 2030, Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai thực hiện với các nội dung sau.";

    [Fact]
    public void Trusts_good_vietnamese()
    {
        Assert.True(TextLayerQuality.Judge(Good, pageHasImages: true).Trusted);
    }

    [Fact]
    public void Distrusts_a_legacy_tcvn3_font()
    {
        var verdict = TextLayerQuality.Judge("Thùc hiÖn QuyÕt ®Þnh sè 7619/Q§-BCA ngµy 08 th¸ng 9 n¨m 2025 cña Bé C«ng an phª duyÖt Ch­¬ng tr×nh", false);
        Assert.False(verdict.Trusted);
        Assert.Contains("legacy", verdict.Reason);
    }

    [Fact]
    public void Distrusts_private_use_glyphs()
    {
        var verdict = TextLayerQuality.Judge(string.Concat(Enumerable.Repeat("\uF041\uF042\uF043 ", 30)) + Good, false);
        Assert.False(verdict.Trusted);
        Assert.Contains("private-use", verdict.Reason);
    }

    [Fact]
    public void Distrusts_vietnamese_that_lost_its_diacritics()
    {
        var verdict = TextLayerQuality.Judge(Core.Vietnamese.VietnameseText.Fold(Good), false);
        Assert.False(verdict.Trusted);
        Assert.Contains("diacritics", verdict.Reason);
    }

    [Fact]
    public void Distrusts_a_scrambled_glyph_map()
    {
        // Each letter shifted, as a subset font with a wrong ToUnicode map gives.
        var scrambled = new string(Core.Vietnamese.VietnameseText.Fold(Good).Select(c => c is >= 'a' and <= 'y' ? (char)(c + 1) : c).ToArray());
        var verdict = TextLayerQuality.Judge(scrambled, false);
        Assert.False(verdict.Trusted);
        Assert.Contains("syllables", verdict.Reason);
    }

    [Fact]
    public void A_scanned_page_with_a_stamp_of_text_is_not_a_text_layer()
    {
        Assert.False(TextLayerQuality.Judge("Trang 3", pageHasImages: true).Trusted);
        Assert.True(TextLayerQuality.Judge("Trang 3", pageHasImages: false).Trusted);
    }

    [Fact]
    public void Trusts_every_page_of_the_corpus_directives()
    {
        // Each directive cut into page-sized pieces of about 3,000 characters, as a born-digital PDF would give them.
        var pieces = Directory.GetFiles(Path.Combine(TestSupport.Corpus.RepositoryRoot, "corpus", "raw"))
            .SelectMany(file => File.ReadAllText(file).Chunk(3000).Select((chunk, i) => (File: Path.GetFileName(file), Page: i + 1, Text: new string(chunk))))
            .ToList();
        Assert.True(pieces.Count > 150, pieces.Count.ToString());
        var distrusted = pieces
            .Select(p => (p.File, p.Page, Verdict: TextLayerQuality.Judge(p.Text, pageHasImages: false)))
            .Where(p => !p.Verdict.Trusted)
            .Select(p => $"{p.File} p{p.Page}: {p.Verdict.Reason}")
            .ToList();
        Assert.Empty(distrusted);
    }

    [Fact]
    public void Distrusts_the_corpus_directives_stripped_of_their_diacritics()
    {
        var pieces = Directory.GetFiles(Path.Combine(TestSupport.Corpus.RepositoryRoot, "corpus", "raw"))
            .SelectMany(file => File.ReadAllText(file).Chunk(3000).Select(chunk => Core.Vietnamese.VietnameseText.Fold(new string(chunk))))
            .ToList();
        var distrusted = pieces.Count(p => !TextLayerQuality.Judge(p, pageHasImages: false).Trusted);
        Assert.True(distrusted >= pieces.Count * 0.95, $"{distrusted} of {pieces.Count}");
    }
}
