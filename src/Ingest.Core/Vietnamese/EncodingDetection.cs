namespace Ingest.Core.Vietnamese;

/// <summary>
/// The encoding a text is most likely written in. <paramref name="Confidence"/> is in [0, 1]: the share of the best
/// reading's score that the runner-up does not reach (0 when no reading shows Vietnamese at all, such as plain ASCII).
/// <paramref name="VietnameseWordShare"/> is the best reading's score: the share of its words that are marked
/// Vietnamese syllables.
/// </summary>
public sealed record EncodingDetection(LegacyEncoding Encoding, double Confidence, double VietnameseWordShare);
