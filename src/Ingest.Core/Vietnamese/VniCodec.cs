using System.Text;

namespace Ingest.Core.Vietnamese;

/// <summary>
/// VNI Windows (the VNI-Times fonts), as its bytes read when a file is taken for Latin-1 or Windows-1252. A toned
/// vowel is two characters, the base letter and a mark (aù = á, aâ = â, aá = ấ, ôø = ờ); ơ ư đ and the toned i and ỵ
/// are one character each (ô ö ñ, í ì æ ó ò î). Capitals use the capital forms of the same characters.
/// </summary>
internal static class VniCodec
{
    private const int Circumflex = 1;
    private const int Breve = 2;

    // [modifier * 6 + tone], lower case; tones in the order of VietnameseTone.
    private const string Marks = "\0ùøûõï" + "âáàåãä" + "êéèúüë";

    // Letters written with one character: lower-case Unicode, then their VNI characters.
    private const string SingleUnicode = "đơưỉĩịỵ";
    private const string SingleLegacy = "ñôöæóòî";

    private static readonly Dictionary<char, (int Modifier, VietnameseTone Tone)> MarkOf = BuildMarks();

    public static string Decode(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i + 1 < text.Length && MarkOf.TryGetValue(text[i + 1], out var mark) && Combine(c, mark) is { } letter)
            {
                builder.Append(letter);
                i++;
                continue;
            }
            var single = SingleLegacy.IndexOf(char.ToLowerInvariant(c));
            builder.Append(single < 0 ? c : char.IsUpper(c) ? char.ToUpperInvariant(SingleUnicode[single]) : SingleUnicode[single]);
        }
        return builder.ToString();
    }

    public static string Encode(string text)
    {
        var nfc = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(nfc.Length * 2);
        foreach (var c in nfc)
        {
            var lower = char.ToLowerInvariant(c);
            var upper = c != lower;
            var tone = VietnameseLetters.ToneOf(c);
            var plain = VietnameseLetters.StripTone(lower);
            if (plain == 'i' && tone is VietnameseTone.Acute or VietnameseTone.Grave)
            {
                builder.Append(c); // í and ì are the same characters in VNI
                continue;
            }
            if (plain == 'đ' || (plain == 'i' && tone != VietnameseTone.None) || (plain == 'y' && tone == VietnameseTone.DotBelow))
            {
                var single = SingleLegacy[SingleUnicode.IndexOf(VietnameseLetters.WithTone(lower, tone))];
                builder.Append(upper ? char.ToUpperInvariant(single) : single);
                continue;
            }
            var (ascii, modifier) = plain switch
            {
                'a' => ('a', 0), 'ă' => ('a', Breve), 'â' => ('a', Circumflex),
                'e' => ('e', 0), 'ê' => ('e', Circumflex),
                'o' => ('o', 0), 'ô' => ('o', Circumflex), 'ơ' => ('ô', 0),
                'u' => ('u', 0), 'ư' => ('ö', 0), 'y' => ('y', 0),
                _ => ('\0', 0),
            };
            if (ascii == '\0' || (modifier == 0 && tone == VietnameseTone.None && ascii == plain))
            {
                builder.Append(c);
                continue;
            }
            builder.Append(upper ? char.ToUpperInvariant(ascii) : ascii);
            var markChar = Marks[modifier * 6 + (int)tone];
            if (markChar != '\0')
            {
                builder.Append(upper ? char.ToUpperInvariant(markChar) : markChar);
            }
        }
        return builder.ToString();
    }

    private static char? Combine(char baseChar, (int Modifier, VietnameseTone Tone) mark)
    {
        var lower = char.ToLowerInvariant(baseChar);
        char? vowel = (lower, mark.Modifier) switch
        {
            ('a', 0) => 'a', ('a', Circumflex) => 'â', ('a', Breve) => 'ă',
            ('e', 0) => 'e', ('e', Circumflex) => 'ê',
            ('o', 0) => 'o', ('o', Circumflex) => 'ô',
            ('u', 0) => 'u', ('y', 0) => 'y',
            ('ô', 0) => 'ơ', ('ö', 0) => 'ư',
            _ => null,
        };
        if (vowel is not { } v)
        {
            return null;
        }
        var letter = VietnameseLetters.WithTone(v, mark.Tone);
        return char.IsUpper(baseChar) ? char.ToUpperInvariant(letter) : letter;
    }

    private static Dictionary<char, (int, VietnameseTone)> BuildMarks()
    {
        var marks = new Dictionary<char, (int, VietnameseTone)>();
        for (var k = 0; k < Marks.Length; k++)
        {
            if (Marks[k] != '\0')
            {
                marks[Marks[k]] = (k / 6, (VietnameseTone)(k % 6));
                marks[char.ToUpperInvariant(Marks[k])] = (k / 6, (VietnameseTone)(k % 6));
            }
        }
        return marks;
    }
}
