using System.Globalization;
using System.Text;

namespace Ingest.Core.Vietnamese;

/// <summary>
/// Repairs the Unicode that OCR engines, old PDFs and word processors produce for Vietnamese, before anything else
/// reads the text: invisible characters dropped, odd spaces made plain, look-alike letters and Ð/ð made Đ/đ, spacing
/// accents and separately typed combining marks put on their vowel, private-use symbol-font text decoded, then NFC.
/// Text that is already clean is returned as the same instance.
/// </summary>
public static class UnicodeCleanup
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsClean(text))
        {
            return text;
        }
        var mapped = MapCharacters(text);
        var latin = ReplaceLookAlikes(mapped);
        var ordered = OrderMarks(latin);
        return ordered.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Only ASCII, Vietnamese letters and ordinary punctuation: nothing to do, and already NFC.</summary>
    private static bool IsClean(string text)
    {
        foreach (var c in text)
        {
            if (c < 0x80 || VietnameseLetters.IsLetter(c))
            {
                continue;
            }
            if (c is (>= '\u2010' and <= '\u2027' and not '\u2028') or '\u2030' or '\u2032' or '\u2033' or '\u2039' or '\u203A')
            {
                continue;
            }
            if (c is '\u00A0' or '\u00AD' or '\u00D0' or '\u00F0' or (>= '\uF000' and <= '\uF8FF'))
            {
                return false;
            }
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.OtherPunctuation or UnicodeCategory.InitialQuotePunctuation
                    or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OpenPunctuation
                    or UnicodeCategory.ClosePunctuation or UnicodeCategory.DashPunctuation
                    or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.OtherSymbol
                    or UnicodeCategory.OtherNumber:
                    continue;
                default:
                    return false;
            }
        }
        return true;
    }

    private static string MapCharacters(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uF020', '\uF0FF') >= 0)
        {
            text = PrivateUseText.Decode(text);
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var afterVowel = builder.Length > 0 && IsVowelOrMark(builder[^1]);
            switch (c)
            {
                case >= '\u200B' and <= '\u200F' or >= '\u2060' and <= '\u2064' or '\uFEFF' or '\u00AD' or '\u034F' or '\u180E':
                    break;
                case '\u00A0' or >= '\u2000' and <= '\u200A' or '\u202F' or '\u205F' or '\u3000' or '\u1680':
                    builder.Append(' ');
                    break;
                case '\u00D0' or '\u0189':
                    builder.Append('Đ');
                    break;
                case '\u00F0' or '\u0256':
                    builder.Append('đ');
                    break;
                case '\u00B4' or '\u02CA' when afterVowel:
                    builder.Append('\u0301');
                    break;
                case '\u02CB' when afterVowel:
                    builder.Append('\u0300');
                    break;
                case '\u02DC' or '\u0342' when afterVowel:
                    builder.Append('\u0303');
                    break;
                case '\u02C6' when afterVowel:
                    builder.Append('\u0302');
                    break;
                case '\u0335' or '\u0336' or '\u0337' when builder.Length > 0 && builder[^1] is 'd' or 'D':
                    builder[^1] = builder[^1] == 'd' ? 'đ' : 'Đ';
                    break;
                case >= '\uFB00' and <= '\uFB06':
                    builder.Append(Ligatures[c - '\uFB00']);
                    break;
                case >= '\uFF01' and <= '\uFF5E':
                    builder.Append((char)(c - 0xFEE0));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    private static readonly string[] Ligatures = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];

    private static bool IsVowelOrMark(char c) =>
        VietnameseLetters.IsVowel(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsLetterOrMark(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>Look-alikes become Latin inside words that also hold a Latin letter or a combining mark.</summary>
    private static string ReplaceLookAlikes(string text)
    {
        if (!text.Any(LookAlikeLetters.IsLookAlike))
        {
            return text;
        }
        var chars = text.ToCharArray();
        var i = 0;
        while (i < chars.Length)
        {
            if (!IsLetterOrMark(chars[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var latinOrMark = false;
            var lookAlike = false;
            for (; i < chars.Length && IsLetterOrMark(chars[i]); i++)
            {
                var c = chars[i];
                lookAlike |= LookAlikeLetters.IsLookAlike(c);
                latinOrMark |= c < 0x250 || c is >= '\u0300' and <= '\u036F' || VietnameseLetters.IsLetter(c);
            }
            if (lookAlike && latinOrMark)
            {
                for (var k = start; k < i; k++)
                {
                    if (LookAlikeLetters.TryMap(chars[k], out var latin))
                    {
                        chars[k] = latin;
                    }
                }
            }
        }
        return new string(chars);
    }

    /// <summary>
    /// Vowel modifiers (circumflex, breve, horn) before tone marks within each run of combining marks, duplicates
    /// dropped: e + acute + circumflex would not compose to ế, since both marks have the same combining class.
    /// </summary>
    private static string OrderMarks(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var chars = decomposed.ToCharArray();
        var length = 0;
        var i = 0;
        Span<char> run = stackalloc char[16];
        while (i < chars.Length)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(chars[i]) != UnicodeCategory.NonSpacingMark)
            {
                chars[length++] = chars[i++];
                continue;
            }
            var count = 0;
            for (; i < chars.Length && CharUnicodeInfo.GetUnicodeCategory(chars[i]) == UnicodeCategory.NonSpacingMark; i++)
            {
                if (count < run.Length && run[..count].IndexOf(chars[i]) < 0)
                {
                    run[count++] = chars[i];
                }
            }
            foreach (var modifierFirst in (ReadOnlySpan<bool>)[true, false])
            {
                foreach (var mark in run[..count])
                {
                    if (IsVowelModifier(mark) == modifierFirst)
                    {
                        chars[length++] = mark;
                    }
                }
            }
        }
        return new string(chars, 0, length);
    }

    private static bool IsVowelModifier(char mark) => mark is '\u0302' or '\u0306' or '\u031B';
}
