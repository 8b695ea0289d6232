using System.Text;
using Ingest.Core.Pipeline;
using Ingest.Core.Text;
using Ingest.Core.Vietnamese;

namespace Ingest.Text.Plain;

/// <summary>Reads .txt and .md files in UTF-8 (with or without BOM) or UTF-16 (with BOM, or detected).</summary>
public sealed class PlainTextSource : ITextSource
{
    private static readonly string[] Extensions = [".txt", ".md", ".markdown", ".text"];

    public bool CanRead(string fileName, ReadOnlySpan<byte> content) =>
        Extensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase);

    public DocumentText Read(string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var text = Decode(content);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new RejectedInputException(
                "The file contains no text.",
                "Check that the right file was exported, then drop it into the inbox again.");
        }
        if (text.Contains('\0'))
        {
            throw new RejectedInputException(
                "The file contains binary data (NUL bytes), so it is not a text file.",
                "If it is a PDF or an image, give it the right extension (.pdf, .png, ...) and drop it again.");
        }
        return DocumentText.SinglePage(VietnameseText.Normalize(text.Replace("\r\n", "\n")), TextMethod.PlainText);
    }

    private static string Decode(byte[] content)
    {
        if (content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return StrictUtf8(content.AsSpan(3));
        }
        if (content.Length >= 2 && content[0] == 0xFF && content[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(content, 2, content.Length - 2);
        }
        if (content.Length >= 2 && content[0] == 0xFE && content[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2);
        }
        if (LooksLikeUtf16(content, out var bigEndian))
        {
            return (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(content);
        }
        return StrictUtf8(content);
    }

    /// <summary>
    /// UTF-8, else a legacy Vietnamese encoding (TCVN3, VNI) when the detector is sure of it; VIQR is ASCII, so it is
    /// looked for in valid UTF-8 too.
    /// </summary>
    private static string StrictUtf8(ReadOnlySpan<byte> bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var decoded = LegacyTextDecoder.Decode(bytes.ToArray());
            if (decoded.Detection.Encoding != LegacyEncoding.Unicode && decoded.Detection.Confidence >= LegacyTextDecoder.MinimumConfidence)
            {
                return decoded.Text;
            }
            throw new RejectedInputException(
                "The text is not UTF-8 or UTF-16, nor recognisably TCVN3, VNI or VIQR Vietnamese.",
                "Open it in an editor, save it as UTF-8 (Unicode), and drop it into the inbox again.");
        }
        var detection = LegacyEncodingDetector.Detect(text);
        return detection.Encoding == LegacyEncoding.Viqr && detection.Confidence >= LegacyTextDecoder.MinimumConfidence
            ? LegacyTextDecoder.Decode(text, LegacyEncoding.Viqr)
            : text;
    }

    /// <summary>UTF-16 without BOM: ASCII-range text has a zero byte in every other position.</summary>
    private static bool LooksLikeUtf16(byte[] content, out bool bigEndian)
    {
        bigEndian = false;
        var sample = Math.Min(content.Length, 4096) & ~1;
        if (sample < 4)
        {
            return false;
        }
        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < sample; i++)
        {
            if (content[i] == 0)
            {
                if (i % 2 == 0) zeroEven++; else zeroOdd++;
            }
        }
        var pairs = sample / 2;
        bigEndian = zeroEven > zeroOdd;
        return Math.Max(zeroEven, zeroOdd) > pairs * 0.3 && Math.Min(zeroEven, zeroOdd) < pairs * 0.05;
    }
}
