namespace Ingest.Core.Vietnamese;

/// <summary>
/// One run of letters in a text. <see cref="JoinedToPrevious"/>: only spaces and at most one line break lie between
/// it and the previous token, so the two form a bigram. <see cref="Attached"/>: glued to digits, slashes or dotted
/// codes (19-NQ/TW, TP.HCM), so it is part of a code, not of a sentence.
/// </summary>
internal readonly record struct SyllableToken(int Start, int Length, bool JoinedToPrevious, bool Attached, bool SentenceStart)
{
    public int End => Start + Length;
}
