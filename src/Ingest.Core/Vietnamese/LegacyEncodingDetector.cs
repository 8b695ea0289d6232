namespace Ingest.Core.Vietnamese;

/// <summary>
/// Finds whether a text is Unicode Vietnamese or TCVN3, VNI or VIQR taken for Latin-1/ASCII, by decoding a sample
/// each way and counting how many words come out as marked Vietnamese syllables (<see cref="SyllableValidator"/>).
/// The right reading turns most words into syllables; the wrong ones leave stray symbols inside words.
/// </summary>
public static class LegacyEncodingDetector
{
    private const int SampleLength = 64 * 1024;

    public static EncodingDetection Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var scores = new (LegacyEncoding Encoding, double Score)[]
        {
            (LegacyEncoding.Unicode, MarkedSyllableShare(sample, sample, requireChange: false)),
            (LegacyEncoding.Tcvn3, MarkedSyllableShare(sample, Tcvn3Codec.Decode(sample), requireChange: true)),
            (LegacyEncoding.Vni, MarkedSyllableShare(sample, VniCodec.Decode(sample), requireChange: true)),
            (LegacyEncoding.Viqr, MarkedSyllableShare(sample, ViqrCodec.Decode(sample), requireChange: true)),
        };
        // Stable order: on a tie (plain ASCII scores 0 everywhere) Unicode wins.
        var ranked = scores.OrderByDescending(s => s.Score).ToArray();
        var (best, second) = (ranked[0], ranked[1]);
        var confidence = best.Score > 0 ? (best.Score - second.Score) / best.Score : 0;
        return new EncodingDetection(best.Encoding, confidence, best.Score);
    }

    /// <summary>
    /// Share of the words (split at white space, which every reading keeps) that the reading turns into marked
    /// Vietnamese syllables; a legacy reading only scores the words its decoding changed, so that a Unicode text,
    /// which no legacy decoding touches, does not score for it.
    /// </summary>
    internal static double MarkedSyllableShare(string original, string decoded, bool requireChange)
    {
        var originalWords = original.Split(Spaces, StringSplitOptions.RemoveEmptyEntries);
        var decodedWords = decoded.Split(Spaces, StringSplitOptions.RemoveEmptyEntries);
        if (originalWords.Length != decodedWords.Length)
        {
            return 0;
        }
        var words = 0;
        var syllables = 0;
        for (var k = 0; k < decodedWords.Length; k++)
        {
            var core = decodedWords[k].AsSpan().Trim(Punctuation);
            if (core.Length == 0 || !HasLetter(core))
            {
                continue;
            }
            words++;
            if ((!requireChange || decodedWords[k] != originalWords[k]) && HasNonAscii(core) && SyllableValidator.IsValid(core))
            {
                syllables++;
            }
        }
        return words == 0 ? 0 : (double)syllables / words;
    }

    private static readonly char[] Spaces = [' ', '\n', '\r', '\t'];
    private const string Punctuation = ".,;:!?()[]\"'“”*-–/";

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasNonAscii(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c >= 0x80)
            {
                return true;
            }
        }
        return false;
    }
}
