using System.Text;
using Ingest.Core.Pipeline;
using Ingest.Core.Text;
using Ingest.Core.Vietnamese;
using Ingest.Text;
using Ingest.Text.Plain;

namespace Ingest.Text.Tests.Plain;

public class PlainTextSourceTests
{
    private const string Sentence = "Sở Y tế chủ trì, phối hợp với Sở Nội vụ.";
    private readonly TextSources _sources = new([new PlainTextSource()]);

    [Fact]
    public void Reads_utf8_without_bom()
    {
        var text = _sources.Read("a.txt", Encoding.UTF8.GetBytes(Sentence));
        Assert.Equal(Sentence, text.FullText);
        Assert.Equal(TextMethod.PlainText, text.Pages.Single().Method);
    }

    [Fact]
    public void Reads_utf8_with_bom_and_drops_the_bom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Sentence)).ToArray();
        Assert.Equal(Sentence, _sources.Read("a.md", bytes).FullText);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reads_utf16_little_endian_with_or_without_bom(bool withBom)
    {
        var body = Encoding.Unicode.GetBytes("Kế hoạch số 12/KH-UBND về công tác cải cách hành chính năm 2025");
        var bytes = withBom ? new byte[] { 0xFF, 0xFE }.Concat(body).ToArray() : body;
        Assert.StartsWith("Kế hoạch số 12/KH-UBND", _sources.Read("a.txt", bytes).FullText);
    }

    [Fact]
    public void Composes_decomposed_text_to_nfc()
    {
        var decomposed = Sentence.Normalize(NormalizationForm.FormD);
        Assert.Equal(Sentence, _sources.Read("a.txt", Encoding.UTF8.GetBytes(decomposed)).FullText);
    }

    [Fact]
    public void Rejects_an_empty_file_with_advice()
    {
        var error = Assert.Throws<RejectedInputException>(() => _sources.Read("a.txt", []));
        Assert.Contains("empty", error.Reason);
        Assert.False(string.IsNullOrWhiteSpace(error.Advice));
    }

    [Fact]
    public void Rejects_bytes_that_are_neither_utf8_nor_a_legacy_vietnamese_encoding()
    {
        var error = Assert.Throws<RejectedInputException>(() => _sources.Read("a.txt", [0x41, 0xFF, 0xFE, 0x81, 0x8D, 0x42]));
        Assert.Contains("TCVN3", error.Reason);
    }

    [Theory]
    [InlineData(LegacyEncoding.Tcvn3)]
    [InlineData(LegacyEncoding.Vni)]
    public void Converts_legacy_encoded_files_to_unicode(LegacyEncoding encoding)
    {
        const string sentence = "Sở Nội vụ được giao chủ trì, phối hợp với các sở, ban, ngành xây dựng kế hoạch tinh giản biên chế.";
        var bytes = LegacyTextEncoder.EncodeBytes(sentence, encoding);
        Assert.Equal(sentence, _sources.Read("cu.txt", bytes).FullText);
    }

    [Fact]
    public void Rejects_a_pdf_named_txt()
    {
        var error = Assert.Throws<RejectedInputException>(() => _sources.Read("scan.txt", Encoding.ASCII.GetBytes("%PDF-1.7\n...")));
        Assert.Contains("PDF", error.Reason);
    }

    [Fact]
    public void Rejects_an_unsupported_extension()
    {
        var error = Assert.Throws<RejectedInputException>(() => _sources.Read("a.xyz", Encoding.UTF8.GetBytes(Sentence)));
        Assert.Contains(".xyz", error.Reason);
    }
}
