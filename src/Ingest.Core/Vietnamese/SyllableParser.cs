namespace Ingest.Core.Vietnamese;

/// <summary>
/// Splits a written word into onset, vowels and coda by the spelling of Vietnamese: qu and gi are onsets when a vowel
/// follows them, a coda is one of c, ch, m, n, ng, nh, p, t. It checks shape only; <see cref="SyllableValidator"/>
/// checks the rules.
/// </summary>
internal static class SyllableParser
{
    public const int MaxLength = 8;

    /// <summary>
    /// Parses <paramref name="word"/> (any case, any tone placement). False when it is not shaped like one Vietnamese
    /// syllable: a character outside the alphabet, f/j/w/z, no vowel, vowels after the coda, an unknown coda.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> word, out SyllableParts parts)
    {
        parts = default;
        if (word.Length is 0 or > MaxLength)
        {
            return false;
        }
        Span<char> plain = stackalloc char[word.Length];
        var tone = VietnameseTone.None;
        var toneIndex = -1;
        var toned = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!VietnameseLetters.IsLetter(c))
            {
                return false;
            }
            var t = VietnameseLetters.ToneOf(c);
            if (t != VietnameseTone.None)
            {
                toned++;
                tone = t;
                toneIndex = i;
            }
            plain[i] = VietnameseLetters.ToLower(VietnameseLetters.StripTone(c));
        }
        var onset = OnsetLength(plain);
        if (onset < 0)
        {
            return false;
        }
        var vowels = 0;
        while (onset + vowels < plain.Length && VietnameseLetters.IsVowel(plain[onset + vowels]))
        {
            vowels++;
        }
        if (vowels is 0 or > 3)
        {
            return false;
        }
        var coda = plain[(onset + vowels)..];
        if (!IsCoda(coda))
        {
            return false;
        }
        parts = new SyllableParts(onset, vowels, coda.Length, tone, toneIndex, toned);
        return true;
    }

    /// <summary>Length of the onset of a lower-case untoned word; -1 for letters no Vietnamese word starts with.</summary>
    private static int OnsetLength(ReadOnlySpan<char> w)
    {
        if (VietnameseLetters.IsVowel(w[0]))
        {
            return 0;
        }
        var vowelAt2 = w.Length > 2 && VietnameseLetters.IsVowel(w[2]);
        if (w.StartsWith("ngh"))
        {
            return 3;
        }
        if (w.Length >= 2)
        {
            switch (w[..2])
            {
                case "ng" or "nh" or "ch" or "gh" or "kh" or "ph" or "th" or "tr":
                    return 2;
                case "gi" or "qu" when vowelAt2:
                    return 2;
            }
        }
        return w[0] switch
        {
            'b' or 'c' or 'd' or 'đ' or 'g' or 'h' or 'k' or 'l' or 'm' or 'n' or 'p' or 'q' or 'r' or 's' or 't' or 'v' or 'x' => 1,
            _ => -1,
        };
    }

    private static bool IsCoda(ReadOnlySpan<char> coda) =>
        coda.Length == 0 || coda is "c" or "ch" or "m" or "n" or "ng" or "nh" or "p" or "t";
}
