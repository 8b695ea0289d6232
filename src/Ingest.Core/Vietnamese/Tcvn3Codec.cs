using System.Text;

namespace Ingest.Core.Vietnamese;

/// <summary>
/// TCVN 5712:1993 VN3 ("ABC", the .VnTime fonts), as its bytes read when a file is taken for Latin-1 or
/// Windows-1252. It has lower-case toned letters only: capitals were made with a capital font (.VnTimeH) over the
/// same codes, so decoding restores the case of toned letters from the other letters of the word.
/// </summary>
internal static class Tcvn3Codec
{
    // Unicode letters and their TCVN3 byte, as chars of the Latin-1 reading.
    private const string Unicode =
        "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ";

    private const string Legacy =
        "\u00B5\u00B8\u00B6\u00B7\u00B9\u00A8\u00BB\u00BE\u00BC\u00BD\u00C6\u00A9\u00C7\u00CA\u00C8\u00C9\u00CB\u00AE" +
        "\u00CC\u00D0\u00CE\u00CF\u00D1\u00AA\u00D2\u00D5\u00D3\u00D4\u00D6\u00D7\u00DD\u00D8\u00DC\u00DE" +
        "\u00DF\u00E3\u00E1\u00E2\u00E4\u00AB\u00E5\u00E8\u00E6\u00E7\u00E9\u00AC\u00EA\u00ED\u00EB\u00EC\u00EE" +
        "\u00EF\u00F3\u00F1\u00F2\u00F4\u00AD\u00F5\u00F8\u00F6\u00F7\u00F9\u00FA\u00FD\u00FB\u00FC\u00FE" +
        "\u00A1\u00A2\u00A7\u00A3\u00A4\u00A5\u00A6";

    private static readonly char[] ToUnicode = BuildDecodeTable();
    private static readonly Dictionary<char, char> ToLegacy = BuildEncodeTable();


    public static string Decode(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            chars[i] = c < 0x100 && ToUnicode[c] != '\0' ? ToUnicode[c] : c;
        }
        RestoreCapitals(chars, text);
        return new string(chars);
    }

    public static string Encode(string text)
    {
        var nfc = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(nfc.Length);
        foreach (var c in nfc)
        {
            if (ToLegacy.TryGetValue(c, out var legacy))
            {
                builder.Append(legacy);
            }
            else if (c >= 0x80 && ToLegacy.TryGetValue(char.ToLowerInvariant(c), out var lower))
            {
                // A capital toned letter has no code of its own: the lower-case code, as the capital fonts did.
                builder.Append(lower);
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// A toned letter decoded lower case inside a word whose other letters are capitals is a capital: TØNH is TỈNH.
    /// With one capital the word alone is ambiguous (§µ is Đà or ĐÀ): it is taken for capitals when a neighbouring
    /// word is in capitals (BÉ TØNH is BỘ TỈNH).
    /// </summary>
    private static void RestoreCapitals(char[] decoded, string original)
    {
        var words = new List<(int Start, int End, WordCase Case)>();
        var i = 0;
        while (i < decoded.Length)
        {
            if (!char.IsLetter(decoded[i]))
            {
                i++;
                continue;
            }
            var start = i;
            int upper = 0, lowerAscii = 0, lowerLegacy = 0;
            for (; i < decoded.Length && char.IsLetter(decoded[i]); i++)
            {
                if (char.IsUpper(decoded[i]))
                {
                    upper++;
                }
                else if (original[i] == decoded[i])
                {
                    lowerAscii++;
                }
                else
                {
                    lowerLegacy++;
                }
            }
            var wordCase = lowerAscii > 0 || upper == 0 ? WordCase.Lower
                : lowerLegacy == 0 ? (upper >= 2 ? WordCase.Capitals : WordCase.Lower)
                : upper >= 2 ? WordCase.Capitals
                : WordCase.Ambiguous;
            words.Add((start, i, wordCase));
        }
        for (var w = 0; w < words.Count; w++)
        {
            var (start, end, wordCase) = words[w];
            var capitals = wordCase == WordCase.Capitals
                || (wordCase == WordCase.Ambiguous
                    && ((w > 0 && words[w - 1].Case == WordCase.Capitals) || (w + 1 < words.Count && words[w + 1].Case == WordCase.Capitals)));
            if (capitals)
            {
                for (var k = start; k < end; k++)
                {
                    decoded[k] = char.ToUpperInvariant(decoded[k]);
                }
            }
        }
    }

    private enum WordCase
    {
        Lower,
        Capitals,
        Ambiguous,
    }

    private static char[] BuildDecodeTable()
    {
        var table = new char[0x100];
        for (var k = 0; k < Legacy.Length; k++)
        {
            table[Legacy[k]] = Unicode[k];
        }
        return table;
    }

    private static Dictionary<char, char> BuildEncodeTable()
    {
        var table = new Dictionary<char, char>();
        for (var k = 0; k < Legacy.Length; k++)
        {
            table[Unicode[k]] = Legacy[k];
        }
        return table;
    }
}
