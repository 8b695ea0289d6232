using Ingest.Core.Text;
using Ingest.Core.Vietnamese;
using Ingest.Text.Images;
using Ingest.Text.Native;

namespace Ingest.Text.Ocr;

/// <summary>
/// Reads again, one at a time, the lines of a page that Tesseract read with low confidence, as single lines
/// (page segmentation 7) with each model it has: the page's own model and Debian's <c>vie</c>, whose errors fall
/// elsewhere. Short numbered headings alone on their line ("1. Sở Y tế") are where the page's reading most often
/// fails: the layout pass cuts them into odd words, and each model garbles different ones. Each reading is judged first by how much it reads like Vietnamese (<see cref="Plausibility"/>: the
/// models' confidences are not comparable with each other), then by confidence. Lines read well (nearly all) cost
/// nothing. Not thread-safe: one per engine.
/// </summary>
internal sealed class LineRereader : IDisposable
{
    /// <summary>Lines whose mean word confidence is under this are read again (body text scores 90–97).</summary>
    public const float RereadBelowConfidence = 75;

    /// <summary>At most this many lines a page: a page that reads badly all over is a bad scan, not a few bad lines.</summary>
    private const int MaxLinesPerPage = 40;

    private readonly List<IntPtr> _readers;

    private LineRereader(List<IntPtr> readers) => _readers = readers;

    public static LineRereader Create(OcrSettings settings)
    {
        var models = new List<string> { settings.TessdataDirectory };
        if (Path.GetFullPath(settings.TessdataDirectory) != Path.GetFullPath(TessdataLocator.DebianDirectory)
            && File.Exists(Path.Combine(TessdataLocator.DebianDirectory, settings.Language + ".traineddata")))
        {
            models.Add(TessdataLocator.DebianDirectory);
        }
        var readers = new List<IntPtr>();
        foreach (var directory in models)
        {
            var api = TesseractApi.TessBaseAPICreate();
            if (TesseractApi.TessBaseAPIInit2(api, directory, settings.Language, TesseractApi.OemLstmOnly) != 0)
            {
                TesseractApi.TessBaseAPIDelete(api);
                continue;
            }
            TesseractApi.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
            TesseractApi.TessBaseAPISetVariable(api, "thresholding_method", settings.ThresholdingMethod.ToString(System.Globalization.CultureInfo.InvariantCulture));
            TesseractApi.TessBaseAPISetPageSegMode(api, TesseractApi.PsmSingleLine);
            readers.Add(api);
        }
        return new LineRereader(readers);
    }

    /// <summary>The page text with each weak line replaced by its best reading, and the lines replaced.</summary>
    public (string Text, IReadOnlyList<RereadLine> Replaced) Reread(PageImage image, int dpi, string pageText, IReadOnlyList<OcrLine> lines)
    {
        var weak = lines.Where(l => l.Confidence < RereadBelowConfidence && l.Text.Trim().Length > 0).ToList();
        if (weak.Count == 0 || weak.Count > MaxLinesPerPage || _readers.Count == 0)
        {
            return (pageText, []);
        }
        foreach (var reader in _readers)
        {
            TesseractApi.TessBaseAPISetImage2(reader, image.Handle);
            TesseractApi.TessBaseAPISetSourceResolution(reader, dpi);
        }
        var text = new System.Text.StringBuilder(pageText.Length);
        var replaced = new List<RereadLine>();
        var cursor = 0;
        foreach (var line in weak)
        {
            var at = pageText.IndexOf(line.Text, cursor, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            text.Append(pageText, cursor, at - cursor);
            if (BestReading(_readers, image, line) is { } better)
            {
                text.Append(better.Text);
                replaced.Add(better);
            }
            else
            {
                text.Append(line.Text);
            }
            cursor = at + line.Text.Length;
        }
        text.Append(pageText, cursor, pageText.Length - cursor);
        foreach (var reader in _readers)
        {
            TesseractApi.TessBaseAPIClear(reader);
        }
        return (text.ToString(), replaced);
    }

    /// <summary>
    /// The most Vietnamese-like of the line's readings (each model's at each margin), then the most confident; null
    /// when the page's own reading is as good.
    /// </summary>
    private static RereadLine? BestReading(IReadOnlyList<IntPtr> readers, PageImage image, OcrLine line)
    {
        RereadLine? best = null;
        var bestConfidence = line.Confidence;
        var bestScore = Plausibility(line.Text);
        foreach (var reader in readers)
        {
            foreach (var margin in Margins)
            {
                if (Read(reader, image, line, margin) is { } reading
                    && Plausibility(reading.Text) is var score
                    && (score > bestScore || (score == bestScore && reading.Confidence > bestConfidence)))
                {
                    (best, bestConfidence, bestScore) = (new RereadLine(line, reading.Text, reading.Words), reading.Confidence, score);
                }
            }
        }
        return best;
    }

    /// <summary>Margins around the line's box, in line heights: how much white Tesseract sees around the strokes changes its binarisation and reading.</summary>
    private static readonly double[] Margins = [0.5, 1.0];

    /// <summary>
    /// How much a line reads like Vietnamese: the share of its words that are syllables of the corpus lexicon, written
    /// in one case or capitalised ("Sở", "SỞ", not "tẾ"). Numbers and punctuation count for nothing either way.
    /// </summary>
    public static double Plausibility(string line)
    {
        var words = 0;
        var known = 0;
        foreach (var token in line.Split((char[])[' ', '\n', '\t', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.Trim(TokenPunctuation);
            if (word.Length == 0 || !word.Any(char.IsLetter))
            {
                continue;
            }
            words++;
            var lower = word.ToLowerInvariant();
            var oneCase = word == lower || word == word.ToUpperInvariant() || (char.IsUpper(word[0]) && word[1..] == lower[1..]);
            if (oneCase && SyllableLexicon.Default.IdOf(lower) >= 0)
            {
                known++;
            }
        }
        return words == 0 ? 0 : (double)known / words;
    }

    private static readonly char[] TokenPunctuation = ['.', ',', ';', ':', '(', ')', '"', '“', '”', '-', '–', '!', '?', '*', '/', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    /// <summary>The line's box with a margin (Tesseract needs some white around the strokes): its text, confidence and words.</summary>
    private static (string Text, float Confidence, List<WordBox> Words)? Read(IntPtr reader, PageImage image, OcrLine line, double marginOfHeight)
    {
        var margin = (int)Math.Max(4, line.Height * marginOfHeight);
        var left = Math.Max(0, line.Left - margin);
        var top = Math.Max(0, line.Top - margin);
        var right = Math.Min(image.Width, line.Left + line.Width + margin);
        var bottom = Math.Min(image.Height, line.Top + line.Height + margin);
        TesseractApi.TessBaseAPISetRectangle(reader, left, top, right - left, bottom - top);
        var text = TesseractApi.TakeText(TesseractApi.TessBaseAPIGetUTF8Text(reader)).TrimEnd();
        if (text.Length == 0)
        {
            return null;
        }
        // The iterator gives the words' boxes in the coordinates of the whole page, not of the rectangle.
        return (text + "\n", TesseractApi.TessBaseAPIMeanTextConf(reader), RecognizedElements.Words(reader));
    }

    public void Dispose()
    {
        foreach (var reader in _readers)
        {
            TesseractApi.TessBaseAPIEnd(reader);
            TesseractApi.TessBaseAPIDelete(reader);
        }
        _readers.Clear();
    }
}
