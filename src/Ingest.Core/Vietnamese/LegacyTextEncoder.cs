namespace Ingest.Core.Vietnamese;

/// <summary>
/// Unicode to TCVN3, VNI or VIQR, for tests and for the tools that make synthetic legacy files; the pipeline only
/// decodes. TCVN3 has no capital toned letters: they are written with the lower-case codes, as the capital fonts did.
/// </summary>
public static class LegacyTextEncoder
{
    /// <summary>The encoded text as characters of its Latin-1/Windows-1252 (TCVN3, VNI) or ASCII (VIQR) reading.</summary>
    public static string Encode(string text, LegacyEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        return encoding switch
        {
            LegacyEncoding.Unicode => text,
            LegacyEncoding.Tcvn3 => Tcvn3Codec.Encode(text),
            LegacyEncoding.Vni => VniCodec.Encode(text),
            LegacyEncoding.Viqr => ViqrCodec.Encode(text),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown encoding."),
        };
    }

    /// <summary>The bytes of a file in that encoding: Windows-1252 for TCVN3 and VNI, UTF-8 for Unicode and VIQR.</summary>
    public static byte[] EncodeBytes(string text, LegacyEncoding encoding)
    {
        var encoded = Encode(text, encoding);
        return encoding is LegacyEncoding.Tcvn3 or LegacyEncoding.Vni
            ? Windows1252.GetBytes(encoded)
            : System.Text.Encoding.UTF8.GetBytes(encoded);
    }
}
