using System.Text.RegularExpressions;
using Ingest.Core.Vietnamese;

namespace Ingest.Text.Pdf;

/// <summary>
/// Judges a PDF page's text layer before it is trusted. Directives are Vietnamese, so good text is mostly valid
/// Vietnamese syllables and carries diacritics. Typical failures: a font without a Unicode map (glyph ids or
/// private-use code points), a legacy-encoded font (TCVN3/VNI: "Së Y tÕ" instead of "Sở Y tế"), diacritics lost in
/// conversion ("So Y te"), or no text at all on a scanned page.
/// </summary>
public static partial class TextLayerQuality
{
    /// <summary>Fewer letters than this on a page that shows an image: the page is a scan, perhaps with a stamp of text.</summary>
    public const int MinimumLettersBesideImages = 40;

    public static TextLayerVerdict Judge(string text, bool pageHasImages)
    {
        int letters = 0, privateUse = 0, controls = 0, foreignLatin = 0, vietnameseMarked = 0;
        foreach (var c in text)
        {
            if (c is >= '\uE000' and <= '\uF8FF' || c == '\uFFFD')
            {
                privateUse++;
            }
            else if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                if (c >= 0x80)
                {
                    if (IsVietnameseLetter(c)) vietnameseMarked++; else foreignLatin++;
                }
            }
            else if (c is >= '\u00A1' and <= '\u00BF')
            {
                // ¡ ¢ £ ¤ ¥ ¦ § ¨ © ª « ¬ ® ¯ ° ± ² ³ ´ µ ¶ · ¸ ¹ º » ¼ ½ ¾ ¿: TCVN3 and VNI map tone-marked vowels here.
                foreignLatin++;
            }
        }
        if (letters < MinimumLettersBesideImages && pageHasImages)
        {
            return new(false, "no text layer (a scanned page)");
        }
        if (letters == 0)
        {
            return TextLayerVerdict.Good with { Reason = "empty page" };
        }
        var total = Math.Max(1, letters + privateUse + controls);
        if ((privateUse + controls) > total * 0.01 + 1)
        {
            return new(false, "private-use or control characters (a font without a Unicode map)");
        }
        if (foreignLatin > letters * 0.02 + 1)
        {
            return new(false, "characters that Vietnamese does not use (a legacy TCVN3/VNI font or a broken glyph map)");
        }
        var syllables = SyllableShare(text, out var words);
        if (words >= 20 && syllables < 0.6)
        {
            return new(false, $"only {syllables:P0} of the words are Vietnamese syllables (a broken glyph map)");
        }
        if (words >= 20 && vietnameseMarked < letters * 0.03)
        {
            return new(false, "Vietnamese without diacritics (lost in conversion)");
        }
        return TextLayerVerdict.Good;
    }

    /// <summary>Share of the alphabetic words that are possible Vietnamese syllables (onset, vowel nucleus, coda).</summary>
    private static double SyllableShare(string text, out int words)
    {
        words = 0;
        var valid = 0;
        foreach (Match match in Word().Matches(text))
        {
            var word = match.Value;
            if (word.Length > 1 && word.All(char.IsUpper) && word.All(c => c < 0x80))
            {
                continue; // abbreviations: UBND, HĐND, QĐ-TTg
            }
            words++;
            if (Syllable().IsMatch(VietnameseText.Fold(word)))
            {
                valid++;
            }
        }
        return words == 0 ? 1 : (double)valid / words;
    }

    private static bool IsVietnameseLetter(char c) => VietnameseLetters.Contains(char.ToLowerInvariant(c));

    private const string VietnameseLetters =
        "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex("^(ngh|ng|nh|ch|tr|th|kh|ph|gh|gi|qu|[bcdghklmnprstvx])?(uye|uya|ieu|yeu|uoi|uou|oai|oay|oeo|uay|uoi|[aeiouy]{1,2})(ng|nh|ch|[cmnpt])?$")]
    private static partial Regex Syllable();
}
