namespace Ingest.Core.Vietnamese;

/// <summary>
/// The Windows-1252 reading of bytes that legacy Vietnamese files get: Latin-1 plus the typographic characters of
/// 0x80–0x9F (“ ” – …), which TCVN3 and VNI documents use as punctuation. Kept here rather than registering a
/// process-wide code-page provider.
/// </summary>
internal static class Windows1252
{
    private const string High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    public static string GetString(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b is >= 0x80 and < 0xA0 ? High[b - 0x80] : (char)b;
        }
        return new string(chars);
    }

    /// <summary>Bytes of the text; characters Windows-1252 lacks become '?'.</summary>
    public static byte[] GetBytes(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var high = High.IndexOf(c);
            bytes[i] = c switch
            {
                _ when high >= 0 => (byte)(0x80 + high),
                < '\u0100' => (byte)c,
                _ => (byte)'?',
            };
        }
        return bytes;
    }
}
