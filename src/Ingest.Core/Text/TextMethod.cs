namespace Ingest.Core.Text;

/// <summary>How the text of a page was obtained.</summary>
public enum TextMethod
{
    /// <summary>The file itself is text (.txt, .md).</summary>
    PlainText,
    /// <summary>The text layer of a PDF or the text of a word-processor file.</summary>
    TextLayer,
    /// <summary>Optical character recognition of the page image.</summary>
    Ocr,
}
