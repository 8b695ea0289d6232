using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ingest.Core.Pipeline;
using Ingest.Core.Text;
using Ingest.Core.Vietnamese;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Ingest.Text.Docx;

/// <summary>
/// Word files (.docx): paragraphs with their numbering labels, separated by blank lines; tables flattened the way the
/// corpus markdown flattens them ("|" alone on a line between cells, two between rows), which the extractor reads as rows.
/// </summary>
public sealed class DocxTextSource : ITextSource
{
    public bool CanRead(string fileName, ReadOnlySpan<byte> content) =>
        string.Equals(Path.GetExtension(fileName), ".docx", StringComparison.OrdinalIgnoreCase);

    public DocumentText Read(string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(content, writable: false);
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(stream, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            throw new RejectedInputException(
                "The file is not a readable Word document (.docx): it is damaged, truncated, password-protected, or another format renamed.",
                "Open it in Word or LibreOffice, save it again as .docx (or export a PDF), and drop the new file into the inbox.");
        }
        using (document)
        {
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body;
            if (main is null || body is null)
            {
                throw new RejectedInputException("The Word document has no body text.", "Check that the right file was saved, then drop it into the inbox again.");
            }
            var writer = new Writer(new DocxNumbering(main));
            writer.Blocks(body.ChildElements, cancellationToken);
            var text = VietnameseText.Normalize(writer.ToString());
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new RejectedInputException("The Word document contains no text.", "If it holds scanned pages as pictures, export it as PDF and drop the PDF into the inbox.");
            }
            return DocumentText.SinglePage(text, TextMethod.TextLayer);
        }
    }

    private sealed class Writer(DocxNumbering numbering)
    {
        private readonly StringBuilder _text = new();

        public void Blocks(IEnumerable<OpenXmlElement> elements, CancellationToken cancellationToken)
        {
            foreach (var element in elements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (element)
                {
                    case Paragraph paragraph:
                        var line = ParagraphText(paragraph);
                        if (line.Length > 0)
                        {
                            _text.Append(line).Append("\n\n");
                        }
                        break;
                    case Table table:
                        WriteTable(table);
                        break;
                    case SdtBlock block:
                        Blocks(block.SdtContentBlock?.ChildElements ?? [], cancellationToken);
                        break;
                }
            }
        }

        private void WriteTable(Table table)
        {
            var rows = table.Elements<TableRow>().ToList();
            if (rows.Count == 0)
            {
                return;
            }
            foreach (var row in rows)
            {
                _text.Append("|\n");
                foreach (var cell in row.Elements<TableCell>())
                {
                    var lines = CellLines(cell).ToList();
                    if (lines.Count == 0)
                    {
                        continue; // an empty cell would read as the end of the row
                    }
                    foreach (var line in lines)
                    {
                        _text.Append(line).Append('\n');
                    }
                    _text.Append("|\n");
                }
            }
            _text.Append('\n');
        }

        /// <summary>A cell's paragraphs, one per line (a nested table's cells too), with no blank line: a blank line ends the table.</summary>
        private IEnumerable<string> CellLines(OpenXmlElement container)
        {
            foreach (var element in container.ChildElements)
            {
                if (element is Paragraph paragraph)
                {
                    var line = ParagraphText(paragraph);
                    if (line.Length > 0) yield return line;
                }
                else if (element is Table or SdtBlock or TableRow or TableCell or SdtContentBlock)
                {
                    foreach (var line in CellLines(element)) yield return line;
                }
            }
        }

        private string ParagraphText(Paragraph paragraph)
        {
            var builder = new StringBuilder();
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case WordText text:
                        builder.Append(text.Text);
                        break;
                    case TabChar:
                        builder.Append('\t');
                        break;
                    case Break or CarriageReturn:
                        // A manual line break inside a paragraph: a line of its own, still the same paragraph.
                        builder.Append('\n');
                        break;
                    case NoBreakHyphen:
                        builder.Append('-');
                        break;
                }
            }
            var body = builder.ToString().Trim();
            return body.Length == 0 ? "" : (numbering.LabelFor(paragraph) + body).Trim();
        }

        public override string ToString() => _text.ToString().TrimEnd() + "\n";
    }
}
