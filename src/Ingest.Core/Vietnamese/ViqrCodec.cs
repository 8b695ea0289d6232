using System.Text;

namespace Ingest.Core.Vietnamese;

/// <summary>
/// VIQR (RFC 1456), Vietnamese in ASCII: a vowel is followed by its modifier ( ( breve, ^ circumflex, + horn ) and
/// its tone ( ' sắc, ` huyền, ? hỏi, ~ ngã, . nặng ); dd is đ ("Vie^.t Nam", "ddi"). d9, from VNI typing, is read as đ
/// too. A backslash keeps the next character literal. A '.' or '?' that ends a word before a space may be a tone or
/// punctuation: the corpus lexicon decides (see <see cref="IsTone"/>), and one that would leave a word that is not a
/// syllable ("e.g.") stays as it is.
/// </summary>
internal static class ViqrCodec
{
    private const string ToneChars = "\0'`?~.";
    private const string Escapable = "(^+'`?~.\\dD9";

    public static string Encode(string text)
    {
        var nfc = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(nfc.Length + nfc.Length / 2);
        for (var i = 0; i < nfc.Length; i++)
        {
            var c = nfc[i];
            var previous = i > 0 ? nfc[i - 1] : ' ';
            if (c is 'đ' or 'Đ')
            {
                builder.Append(c == 'đ' ? "dd" : "DD");
                continue;
            }
            if (c == '\\' || (Escapable.IndexOf(c) is >= 0 and < 8 && VietnameseLetters.IsVowel(previous)))
            {
                builder.Append('\\').Append(c);
                continue;
            }
            if (c is 'd' or 'D' && !char.IsLetter(previous) && i + 1 < nfc.Length && nfc[i + 1] is 'd' or 'D' or '9')
            {
                builder.Append(c).Append('\\');
                continue;
            }
            if (!VietnameseLetters.IsVowel(c))
            {
                builder.Append(c);
                continue;
            }
            var tone = VietnameseLetters.ToneOf(c);
            var plain = VietnameseLetters.StripTone(c);
            var lower = char.ToLowerInvariant(plain);
            var (ascii, modifier) = lower switch
            {
                'ă' => ('a', '('), 'â' => ('a', '^'), 'ê' => ('e', '^'), 'ô' => ('o', '^'),
                'ơ' => ('o', '+'), 'ư' => ('u', '+'),
                _ => (lower, '\0'),
            };
            builder.Append(char.IsUpper(plain) ? char.ToUpperInvariant(ascii) : ascii);
            if (modifier != '\0')
            {
                builder.Append(modifier);
            }
            if (tone != VietnameseTone.None)
            {
                builder.Append(ToneChars[(int)tone]);
            }
        }
        return builder.ToString();
    }

    public static string Decode(string text)
    {
        var builder = new StringBuilder(text.Length);
        var word = new StringBuilder(16);
        string? previous = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsAsciiLetter(text[i]) && text[i] != '\\')
            {
                previous = text[i] is ' ' or '\t' or '\n' or '\r' ? previous : null;
                builder.Append(text[i++]);
                continue;
            }
            var start = i;
            word.Clear();
            var marked = false;
            var ambiguous = false;
            i = DecodeWord(text, i, word, previous, lookAhead: true, ref marked, ref ambiguous);
            var keep = !marked || !ambiguous || SyllableParser.TryParse(LettersOf(word), out _);
            if (keep)
            {
                builder.Append(word);
            }
            else
            {
                builder.Append(text, start, i - start);
            }
            previous = keep ? ToneMarkPlacement.ToTraditional(word.ToString().ToLowerInvariant()) : null;
        }
        return builder.ToString();
    }

    /// <summary>Decodes one run of letters and marks starting at <paramref name="i"/>; returns where it ended.</summary>
    private static int DecodeWord(string text, int i, StringBuilder word, string? previous, bool lookAhead, ref bool marked, ref bool ambiguous)
    {
        var hasTone = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\')
            {
                if (i + 1 < text.Length && Escapable.Contains(text[i + 1]))
                {
                    word.Append(text[i + 1]);
                    i += 2;
                    continue;
                }
                word.Append(c);
                return i + 1;
            }
            if (!IsAsciiLetter(c))
            {
                return i;
            }
            // dd that starts a word before a letter, a space or ")" (list marker "dd)") is đ; "dd/mm/yyyy" stays.
            // Inside a word only DD after a capital (HDDND = HĐND), so that "add" stays.
            var startsWord = word.Length == 0 && c is 'd' or 'D' && i + 2 < text.Length && text[i + 1] is 'd' or 'D' or '9'
                && (IsAsciiLetter(text[i + 2]) || text[i + 2] == ')' || char.IsWhiteSpace(text[i + 2]));
            var insideAcronym = word.Length > 0 && c == 'D' && i + 1 < text.Length && text[i + 1] == 'D' && char.IsUpper(word[^1]);
            if (startsWord || insideAcronym)
            {
                word.Append(c == 'd' ? 'đ' : 'Đ');
                marked = true;
                i += 2;
                continue;
            }
            i++;
            if ("aeiouyAEIOUY".IndexOf(c) < 0)
            {
                word.Append(c);
                continue;
            }
            var letter = c;
            if (i < text.Length && WithModifier(c, text[i]) is { } modified)
            {
                letter = modified;
                marked = true;
                i++;
            }
            if (!hasTone && i < text.Length && ToneChars.IndexOf(text[i]) is var tone and > 0
                && IsTone(text, i, word, letter, (VietnameseTone)tone, previous, lookAhead))
            {
                letter = VietnameseLetters.WithTone(letter, (VietnameseTone)tone);
                hasTone = true;
                marked = true;
                ambiguous |= text[i] is '.' or '?';
                i++;
            }
            word.Append(letter);
        }
        return i;
    }

    private static char? WithModifier(char vowel, char modifier) => (vowel, modifier) switch
    {
        ('a', '(') => 'ă', ('A', '(') => 'Ă',
        ('a', '^') => 'â', ('A', '^') => 'Â', ('e', '^') => 'ê', ('E', '^') => 'Ê', ('o', '^') => 'ô', ('O', '^') => 'Ô',
        ('o', '+') => 'ơ', ('O', '+') => 'Ơ', ('u', '+') => 'ư', ('U', '+') => 'Ư',
        _ => null,
    };

    /// <summary>
    /// Whether the tone character at <paramref name="i"/> is a tone. Always inside a word or before other punctuation.
    /// A '.' or '?' that ends a word before a space is a tone when the text goes on in lower case; before a capital
    /// or the end it is read the way the corpus lexicon prefers: first the reading that forms more known bigrams with
    /// the neighbours, then the one of two syllables that the lexicon has at all (của Bộ, not cua Bộ; không?, not
    /// khổng); when neither decides, it is a tone if the next word starts in the same case as this one (Bo^. Ta`i
    /// chi'nh is Bộ Tài chính; ddi. Ngay is "đi. Ngay").
    /// </summary>
    private static bool IsTone(string text, int i, StringBuilder word, char letter, VietnameseTone tone, string? previous, bool lookAhead)
    {
        var next = i + 1 < text.Length ? text[i + 1] : '\n';
        if (text[i] is not ('.' or '?'))
        {
            return true;
        }
        if (!char.IsWhiteSpace(next))
        {
            return next != text[i]; // "..." and "??" are punctuation
        }
        var k = i + 1;
        while (k < text.Length && text[k] is ' ' or '\t' or '\r' or '\n')
        {
            k++;
        }
        if (k < text.Length && char.IsLower(text[k]))
        {
            return true; // a sentence does not go on in lower case after a full stop
        }
        var untoned = (word + letter.ToString()).ToLowerInvariant();
        var toned = ToneMarkPlacement.ToTraditional((word + VietnameseLetters.WithTone(letter, tone).ToString()).ToLowerInvariant());
        var following = lookAhead ? NextWord(text, k) : null;
        var lexicon = SyllableLexicon.Default;
        var tonedPairs = Pairs(lexicon, previous, toned, following);
        var untonedPairs = Pairs(lexicon, previous, untoned, following);
        if (tonedPairs != untonedPairs)
        {
            return tonedPairs > untonedPairs;
        }
        var (tonedCount, untonedCount) = (lexicon.Count(toned), lexicon.Count(untoned));
        if ((tonedCount == 0) != (untonedCount == 0))
        {
            return tonedCount > 0;
        }
        var thisUpper = word.Length > 0 ? char.IsUpper(word[0]) : char.IsUpper(letter);
        return k < text.Length && char.IsLetter(text[k]) && char.IsUpper(text[k]) == thisUpper;
    }

    private static int Pairs(SyllableLexicon lexicon, string? previous, string syllable, string? following) =>
        (previous is null ? 0 : lexicon.Count(previous, syllable)) + (following is null ? 0 : lexicon.Count(syllable, following));

    /// <summary>The word that starts at <paramref name="k"/>, decoded without looking further ahead, lower case.</summary>
    private static string? NextWord(string text, int k)
    {
        if (k >= text.Length || !IsAsciiLetter(text[k]))
        {
            return null;
        }
        var word = new StringBuilder(8);
        var (marked, ambiguous) = (false, false);
        DecodeWord(text, k, word, null, lookAhead: false, ref marked, ref ambiguous);
        return ToneMarkPlacement.ToTraditional(word.ToString().ToLowerInvariant());
    }

    private static string LettersOf(StringBuilder word)
    {
        var letters = new StringBuilder(word.Length);
        foreach (var chunk in word.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsLetter(c))
                {
                    letters.Append(c);
                }
            }
        }
        return letters.ToString();
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
