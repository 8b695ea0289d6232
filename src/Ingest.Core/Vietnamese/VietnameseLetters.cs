using System.Text;

namespace Ingest.Core.Vietnamese;

/// <summary>
/// Table lookups over the Vietnamese alphabet: a letter's tone, the letter without its tone, the toned letter.
/// Tables instead of <see cref="string.Normalize()"/> because these run once per character of every document.
/// </summary>
internal static class VietnameseLetters
{
    /// <summary>The twelve vowels without tone, lower case then upper case.</summary>
    public const string Vowels = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";

    private const string Consonants = "bcdđghklmnpqrstvxfjwzBCDĐGHKLMNPQRSTVXFJWZ";
    private const int TableSize = 0x1F00;

    // Combining marks in the order of VietnameseTone.
    private static readonly char[] ToneMarks = ['\0', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

    private static readonly char[] BaseTable = new char[TableSize];
    private static readonly byte[] ToneTable = new byte[TableSize];
    private static readonly sbyte[] VowelIndex = new sbyte[TableSize];
    private static readonly char[] Composed = new char[Vowels.Length * 6];
    private static readonly char[] LowerTable = BuildLowerTable();

    static VietnameseLetters()
    {
        Array.Fill(VowelIndex, (sbyte)-1);
        foreach (var c in Consonants)
        {
            BaseTable[c] = c;
        }
        for (var v = 0; v < Vowels.Length; v++)
        {
            var vowel = Vowels[v];
            VowelIndex[vowel] = (sbyte)v;
            for (var tone = 0; tone < ToneMarks.Length; tone++)
            {
                var letter = tone == 0 ? vowel : (vowel + ToneMarks[tone].ToString()).Normalize(NormalizationForm.FormC)[0];
                Composed[v * 6 + tone] = letter;
                BaseTable[letter] = vowel;
                ToneTable[letter] = (byte)tone;
            }
        }
    }

    /// <summary>A letter of the Vietnamese alphabet (or f, j, w, z), with or without marks, in either case.</summary>
    public static bool IsLetter(char c) => c < TableSize && BaseTable[c] != '\0';

    /// <summary>A vowel letter, with or without tone.</summary>
    public static bool IsVowel(char c) => c < TableSize && BaseTable[c] is var b && b != '\0' && VowelIndex[b] >= 0;

    /// <summary>The letter without its tone mark (vowel modifiers and case kept); the character itself if not a letter.</summary>
    public static char StripTone(char c) => c < TableSize && BaseTable[c] != '\0' ? BaseTable[c] : c;

    public static VietnameseTone ToneOf(char c) => c < TableSize ? (VietnameseTone)ToneTable[c] : VietnameseTone.None;

    /// <summary>The vowel with the given tone; the tone of the input is replaced. Consonants come back unchanged.</summary>
    public static char WithTone(char c, VietnameseTone tone)
    {
        var vowel = StripTone(c);
        var index = vowel < TableSize ? VowelIndex[vowel] : -1;
        return index < 0 ? c : Composed[index * 6 + (int)tone];
    }

    /// <summary>
    /// Invariant lower case, remembered for every UTF-16 code unit, because char.ToLowerInvariant goes through ICU
    /// for every non-ASCII letter (ă, ê, ơ, đ...) and this runs for each syllable that Normalize looks at.
    /// </summary>
    public static char ToLower(char c) => LowerTable[c];

    private static char[] BuildLowerTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = char.IsSurrogate(c) ? c : char.ToLowerInvariant(c);
        }
        return table;
    }
}
