namespace Ingest.Core.Vietnamese;

/// <summary>
/// Where the parts of one written syllable lie: onset consonants, the run of vowels (medial, main vowel, off-glide)
/// and the final consonants. Indices are into the word as written.
/// </summary>
internal readonly record struct SyllableParts(
    int OnsetLength,
    int VowelLength,
    int CodaLength,
    VietnameseTone Tone,
    int ToneIndex,
    int TonedLetterCount)
{
    public int VowelStart => OnsetLength;

    public int CodaStart => OnsetLength + VowelLength;
}
