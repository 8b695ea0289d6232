using Ingest.Core.Text;
using Ingest.Core.Vietnamese;
using Ingest.Text.Native;

namespace Ingest.Text.Ocr;

/// <summary>The lines and words of an engine's last recognition, with their text, confidence and box in page pixels.</summary>
internal static class RecognizedElements
{
    public static List<OcrLine> Lines(IntPtr api) =>
        Read(api, TesseractApi.RilTextLine, (text, confidence, left, top, width, height) => new OcrLine(text, confidence, left, top, width, height));

    public static List<WordBox> Words(IntPtr api) =>
        Read(api, TesseractApi.RilWord, (text, confidence, left, top, width, height) =>
            new WordBox(VietnameseText.Normalize(text), Math.Round(confidence, 1), left, top, width, height));

    /// <summary>The recognised elements of one level (lines or words); empty ones skipped.</summary>
    private static List<T> Read<T>(IntPtr api, int level, Func<string, float, int, int, int, int, T> make)
    {
        var elements = new List<T>();
        var iterator = TesseractApi.TessBaseAPIGetIterator(api);
        if (iterator == IntPtr.Zero)
        {
            return elements;
        }
        try
        {
            var page = TesseractApi.TessResultIteratorGetPageIteratorConst(iterator);
            do
            {
                var text = TesseractApi.TakeText(TesseractApi.TessResultIteratorGetUTF8Text(iterator, level));
                if (text.Length > 0 && TesseractApi.TessPageIteratorBoundingBox(page, level, out var left, out var top, out var right, out var bottom) != 0)
                {
                    elements.Add(make(text, TesseractApi.TessResultIteratorConfidence(iterator, level), left, top, right - left, bottom - top));
                }
            }
            while (TesseractApi.TessResultIteratorNext(iterator, level) != 0);
        }
        finally
        {
            TesseractApi.TessResultIteratorDelete(iterator);
        }
        return elements;
    }

    /// <summary>
    /// The page's words with those of each line read again swapped for the words of the new reading, in the place
    /// of the first word they replace: the stored layout and the page text then say the same.
    /// </summary>
    public static List<WordBox> WithLinesReplaced(IReadOnlyList<WordBox> words, IReadOnlyList<RereadLine> lines)
    {
        var result = words.ToList();
        foreach (var line in lines)
        {
            var at = result.FindIndex(w => line.Line.Contains(w));
            result.RemoveAll(line.Line.Contains);
            result.InsertRange(at < 0 ? result.Count : at, line.Words);
        }
        return result;
    }
}
