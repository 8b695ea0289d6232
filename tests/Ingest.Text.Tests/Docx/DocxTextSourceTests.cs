using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ingest.Core.Pipeline;
using Ingest.Core.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Ingest.Text.Tests.Docx;

public class DocxTextSourceTests
{
    [Fact]
    public void Reads_paragraphs_with_their_numbering_labels()
    {
        var text = Scans.Sources().Read("kh.docx", Build(body =>
        {
            body.Append(Plain("KẾ HOẠCH"));
            body.Append(Numbered("Mục tiêu", level: 0));
            body.Append(Numbered("Nâng cao chất lượng", level: 1));
            body.Append(Numbered("Giảm thủ tục", level: 1));
            body.Append(Numbered("Nhiệm vụ", level: 0));
            body.Append(Numbered("Sở Y tế chủ trì", level: 1));
        }));
        var page = Assert.Single(text.Pages);
        Assert.Equal(TextMethod.TextLayer, page.Method);
        Assert.Equal("KẾ HOẠCH\n\n1. Mục tiêu\n\na) Nâng cao chất lượng\n\nb) Giảm thủ tục\n\n2. Nhiệm vụ\n\na) Sở Y tế chủ trì\n", page.Text);
    }

    [Fact]
    public void Flattens_tables_as_the_corpus_does()
    {
        var text = Scans.Sources().Read("pl.docx", Build(body =>
        {
            body.Append(Plain("Phụ lục"));
            body.Append(new Table(
                Row("Nội dung", "Chủ trì", "Phối hợp"),
                Row("Rà soát thủ tục", "Sở Nội vụ", "Các sở, ngành")));
            body.Append(Plain("Nơi nhận:"));
        }));
        Assert.Equal(
            "Phụ lục\n\n|\nNội dung\n|\nChủ trì\n|\nPhối hợp\n|\n|\nRà soát thủ tục\n|\nSở Nội vụ\n|\nCác sở, ngành\n|\n\nNơi nhận:\n",
            text.FullText);
    }

    [Fact]
    public void Rejects_a_zip_that_is_not_a_word_document()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a document");
        }
        var error = Assert.Throws<RejectedInputException>(() => Scans.Sources().Read("a.docx", buffer.ToArray()));
        Assert.Contains("Word document", error.Reason);
    }

    private static Paragraph Plain(string text) => new(new Run(new WordText(text)));

    private static Paragraph Numbered(string text, int level) => new(
        new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })),
        new Run(new WordText(text)));

    private static TableRow Row(params string[] cells) =>
        new(cells.Select(c => new TableCell(new Paragraph(new Run(new WordText(c))))));

    private static byte[] Build(Action<Body> fill)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.LowerLetter }, new LevelText { Val = "%2)" }) { LevelIndex = 1 })
                { AbstractNumberId = 0 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            var body = new Body();
            fill(body);
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }
}
