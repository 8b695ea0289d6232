using Ingest.Core.Text;

namespace Ingest.Text.Ocr;

/// <summary>One text line of a recognised page as Tesseract wrote it (its newline included), with its box and mean confidence.</summary>
public sealed record OcrLine(string Text, float Confidence, int Left, int Top, int Width, int Height)
{
    /// <summary>Whether the centre of a word's box lies in this line's box.</summary>
    public bool Contains(WordBox word)
    {
        var x = word.Left + (word.Width / 2);
        var y = word.Top + (word.Height / 2);
        return x >= Left && x < Left + Width && y >= Top && y < Top + Height;
    }
}

/// <summary>A weak line read again: the new reading and its words, which replace the line's in the page.</summary>
internal sealed record RereadLine(OcrLine Line, string Text, IReadOnlyList<WordBox> Words);
