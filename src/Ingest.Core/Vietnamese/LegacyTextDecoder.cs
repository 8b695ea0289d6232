using System.Text;

namespace Ingest.Core.Vietnamese;

/// <summary>
/// Turns the bytes of a .txt file into Unicode text whatever Vietnamese encoding it was saved in: UTF-8 or UTF-16
/// (with a BOM) as they are, other bytes read as Windows-1252; then TCVN3, VNI or VIQR converted when
/// <see cref="LegacyEncodingDetector"/> finds one with at least <see cref="MinimumConfidence"/>.
/// </summary>
public static class LegacyTextDecoder
{
    public const double MinimumConfidence = 0.5;

    public static DecodedText Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = ReadCharacters(bytes);
        var detection = LegacyEncodingDetector.Detect(text);
        var convert = detection.Encoding != LegacyEncoding.Unicode && detection.Confidence >= MinimumConfidence;
        return new DecodedText(convert ? Decode(text, detection.Encoding) : text, detection);
    }

    /// <summary>Converts text read as Latin-1/Windows-1252 (TCVN3, VNI) or ASCII (VIQR) to Unicode NFC.</summary>
    public static string Decode(string text, LegacyEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decoded = encoding switch
        {
            LegacyEncoding.Unicode => text,
            LegacyEncoding.Tcvn3 => Tcvn3Codec.Decode(text),
            LegacyEncoding.Vni => VniCodec.Decode(text),
            LegacyEncoding.Viqr => ViqrCodec.Decode(text),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown encoding."),
        };
        return decoded.Normalize(NormalizationForm.FormC);
    }

    private static string ReadCharacters(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(span[2..]);
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(span[2..]);
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(span);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: the single-byte legacy encodings are read through Windows-1252, as Word and Notepad did.
            return Windows1252.GetString(span);
        }
    }
}
