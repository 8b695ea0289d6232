using System.Text;

namespace Ingest.Core.Vietnamese;

/// <summary>
/// Puts the tone mark of each Vietnamese word on the vowel the syllable rules choose, so that hòa and hoà compare
/// equal. Rules, not a word list: the vowel with a modifier (ê, ơ, ô, â, ă, ư; the second one in ươ) takes it; else,
/// with a final consonant, the last vowel; else the middle of three vowels; else the first of two, except oa, oe, uy
/// in <see cref="ToneStyle.Modern"/>. qu and gi before a vowel are onsets (quý, giá). Letter case is kept.
/// </summary>
public static class ToneMarkPlacement
{
    public static string Apply(string text, ToneStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? builder = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!VietnameseLetters.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var toned = false;
            var vowels = 0;
            while (i < text.Length && VietnameseLetters.IsLetter(text[i]))
            {
                var c = text[i];
                if (VietnameseLetters.IsVowel(c))
                {
                    vowels++;
                    toned |= VietnameseLetters.ToneOf(c) != VietnameseTone.None;
                }
                i++;
            }
            // Only a toned word with two or more vowels can have its mark in the wrong place.
            if (!toned || vowels < 2 || i - start > SyllableParser.MaxLength)
            {
                continue;
            }
            var word = text.AsSpan(start, i - start);
            if (!SyllableParser.TryParse(word, out var parts))
            {
                continue; // not shaped like a Vietnamese syllable (a name, a foreign or garbled word)
            }
            var target = TargetIndex(word, parts, style);
            if (target < 0 || parts.ToneIndex == target || !SyllableValidator.IsValid(word, parts))
            {
                continue; // in place already, or not a Vietnamese syllable (a name, a foreign or garbled word)
            }
            builder ??= new StringBuilder(text.Length);
            builder.Append(text, copied, start - copied);
            for (var k = 0; k < word.Length; k++)
            {
                var c = word[k];
                builder.Append(k == parts.ToneIndex ? VietnameseLetters.StripTone(c)
                    : k == target ? VietnameseLetters.WithTone(c, parts.Tone)
                    : c);
            }
            copied = i;
        }
        if (builder is null)
        {
            return text;
        }
        builder.Append(text, copied, text.Length - copied);
        return builder.ToString();
    }

    /// <summary>Converts to <see cref="ToneStyle.Traditional"/>: hoà → hòa, thuỷ → thủy, Uỷ → Ủy.</summary>
    public static string ToTraditional(string text) => Apply(text, ToneStyle.Traditional);

    /// <summary>Converts to <see cref="ToneStyle.Modern"/>: hòa → hoà, thủy → thuỷ, Ủy → Uỷ.</summary>
    public static string ToModern(string text) => Apply(text, ToneStyle.Modern);

    /// <summary>
    /// Index in <paramref name="word"/> (parsed as <paramref name="parts"/>) of the vowel that should carry the tone
    /// mark; -1 when the syllable does not have exactly one tone mark.
    /// </summary>
    private static int TargetIndex(ReadOnlySpan<char> word, in SyllableParts parts, ToneStyle style)
    {
        if (parts.TonedLetterCount != 1)
        {
            return -1;
        }
        var start = parts.VowelStart;
        var n = parts.VowelLength;
        if (n == 1)
        {
            return start;
        }
        for (var k = start + n - 1; k >= start; k--)
        {
            if (HasModifier(VietnameseLetters.ToLower(VietnameseLetters.StripTone(word[k]))))
            {
                return k;
            }
        }
        if (parts.CodaLength > 0)
        {
            return start + n - 1;
        }
        if (n == 3)
        {
            return start + 1;
        }
        if (style == ToneStyle.Modern)
        {
            var first = VietnameseLetters.ToLower(VietnameseLetters.StripTone(word[start]));
            var second = VietnameseLetters.ToLower(VietnameseLetters.StripTone(word[start + 1]));
            if ((first, second) is ('o', 'a') or ('o', 'e') or ('u', 'y'))
            {
                return start + 1;
            }
        }
        return start;
    }

    private static bool HasModifier(char lowerVowel) => lowerVowel is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư';
}
