namespace Ingest.Core.Vietnamese;

/// <summary>
/// Old PDFs set in TCVN3 (.VnTime) or VNI fonts with a symbol cmap give text in the private-use area: each byte b of
/// the legacy encoding comes out as U+F000 + b. Each such word is mapped back to its bytes and decoded with the
/// legacy table under which it reads as a Vietnamese syllable.
/// </summary>
internal static class PrivateUseText
{
    public static bool IsSymbolFontChar(char c) => c is >= '\uF020' and <= '\uF0FF';

    public static string Decode(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                builder.Append(text[i++]);
                continue;
            }
            var start = i;
            var hasPrivate = false;
            while (i < text.Length && IsWordChar(text[i]))
            {
                hasPrivate |= IsSymbolFontChar(text[i]);
                i++;
            }
            var word = text[start..i];
            builder.Append(hasPrivate ? DecodeWord(word) : word);
        }
        return builder.ToString();
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || IsSymbolFontChar(c);

    private static string DecodeWord(string word)
    {
        var bytes = new char[word.Length];
        for (var k = 0; k < word.Length; k++)
        {
            bytes[k] = IsSymbolFontChar(word[k]) ? (char)(word[k] - 0xF000) : word[k];
        }
        var latin1 = new string(bytes);
        var tcvn3 = Tcvn3Codec.Decode(latin1);
        if (SyllableValidator.IsValid(tcvn3))
        {
            return tcvn3;
        }
        var vni = VniCodec.Decode(latin1);
        return SyllableValidator.IsValid(vni) ? vni : tcvn3;
    }
}
