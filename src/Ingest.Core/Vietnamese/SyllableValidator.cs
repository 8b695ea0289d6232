namespace Ingest.Core.Vietnamese;

/// <summary>
/// Whether a written word can be a Vietnamese syllable: a known onset, a rhyme of the language, the spelling rules
/// (k/gh/ngh before i, e, ê; c/g/ng elsewhere) and the tone rule (a rhyme closed by p, t, c or ch takes only sắc or
/// nặng). Case and the placement of the tone mark (hòa or hoà) do not matter.
/// </summary>
public static class SyllableValidator
{
    // Rhymes after any onset but qu, medial o/u included, without tone. From the rhyme tables of Vietnamese
    // orthography; loan rhymes (oong, ooc) kept because they are written in directives (xoong, quần soóc).
    private static readonly HashSet<string> Rhymes = new(
        """
        a ac ach ai am an ang anh ao ap at au ay
        ăc ăm ăn ăng ăp ăt
        âc âm ân âng âp ât âu ây
        e ec em en eng eo ep et
        ê êch êm ên ênh êp êt êu
        i ia ich iêc iêm iên iêng iêp iêt iêu im in inh ip it iu
        y yêm yên yêng yêt yêu
        o oc oi om on ong op ot ooc oong
        ô ôc ôi ôm ôn ông ôp ôt
        ơ ơi ơm ơn ơp ơt
        u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt
        ư ưa ưc ưi ưm ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
        oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet
        uân uâng uât uây uê uêch uên uênh uơ uy uych uyên uyêt uynh uyt uya uyu
        """.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RhymeLookup =
        Rhymes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsValid(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return IsValid(word.AsSpan());
    }

    public static bool IsValid(ReadOnlySpan<char> word) => SyllableParser.TryParse(word, out var parts) && IsValid(word, parts);

    /// <summary>Whether <paramref name="word"/>, already parsed into <paramref name="parts"/>, follows the rules.</summary>
    internal static bool IsValid(ReadOnlySpan<char> word, SyllableParts parts)
    {
        if (parts.TonedLetterCount > 1)
        {
            return false;
        }
        Span<char> plain = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            plain[i] = VietnameseLetters.ToLower(VietnameseLetters.StripTone(word[i]));
        }
        var onset = plain[..parts.OnsetLength];
        var rhyme = plain[parts.OnsetLength..];
        return IsRhymeAfter(onset, rhyme) && IsSpelledRight(onset, rhyme) && ToneFitsCoda(parts.Tone, plain[parts.CodaStart..]);
    }

    private static bool IsRhymeAfter(ReadOnlySpan<char> onset, ReadOnlySpan<char> rhyme)
    {
        if (onset is "qu")
        {
            // After q the medial is written u for both /w/ spellings: qua (oa), quê (uê), quy (uy).
            return HasRhyme('u', rhyme) || HasRhyme('o', rhyme) || rhyme is "i";
        }
        if (onset is "gi")
        {
            // gi swallows the i of iê: giếng is gi + iêng.
            return RhymeLookup.Contains(rhyme) || HasRhyme('i', rhyme);
        }
        return RhymeLookup.Contains(rhyme);
    }

    private static bool HasRhyme(char medial, ReadOnlySpan<char> rest)
    {
        Span<char> rhyme = stackalloc char[rest.Length + 1];
        rhyme[0] = medial;
        rest.CopyTo(rhyme[1..]);
        return RhymeLookup.Contains(rhyme);
    }

    private static bool IsSpelledRight(ReadOnlySpan<char> onset, ReadOnlySpan<char> rhyme)
    {
        var front = rhyme[0] is 'i' or 'e' or 'ê' or 'y';
        return onset switch
        {
            "c" => !front,
            "k" => front,
            "g" => rhyme[0] is not ('e' or 'ê'),
            "gh" or "ngh" => rhyme[0] is 'i' or 'e' or 'ê',
            "ng" => rhyme[0] is not ('i' or 'e' or 'ê'),
            _ => true,
        };
    }

    private static bool ToneFitsCoda(VietnameseTone tone, ReadOnlySpan<char> coda) =>
        coda is not ("p" or "t" or "c" or "ch") || tone is VietnameseTone.Acute or VietnameseTone.DotBelow;
}
