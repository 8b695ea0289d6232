using System.Buffers;

namespace Ingest.Core.Vietnamese;

/// <summary>Splits text into runs of letters, the unit that the lexicon counts and the repair works on.</summary>
internal static class SyllableTokenizer
{
    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create("\n.!?:");

    public static List<SyllableToken> Tokenize(string text)
    {
        var tokens = new List<SyllableToken>(text.Length / 4);
        var i = 0;
        var previousEnd = -1;
        while (i < text.Length)
        {
            if (!IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsLetter(text[i]))
            {
                i++;
            }
            var joined = previousEnd >= 0 && IsWordGap(text.AsSpan(previousEnd, start - previousEnd));
            var attached = IsGlue(text, start - 1, -1) || IsGlue(text, i, +1);
            var sentenceStart = IsSentenceStart(text, start, previousEnd, tokens);
            tokens.Add(new SyllableToken(start, i - start, joined, attached, sentenceStart));
            previousEnd = i;
        }
        return tokens;
    }

    /// <summary>char.IsLetter, with the Vietnamese alphabet (ASCII letters included) answered from a table first.</summary>
    private static bool IsLetter(char c) => VietnameseLetters.IsLetter(c) || (c >= 0x80 && char.IsLetter(c));

    /// <summary>Spaces, tabs and at most one line break: the words on both sides belong to one phrase.</summary>
    private static bool IsWordGap(ReadOnlySpan<char> gap)
    {
        if (gap.Length == 0)
        {
            return false;
        }
        var lineBreaks = 0;
        foreach (var c in gap)
        {
            switch (c)
            {
                case ' ' or '\t' or '\r':
                    continue;
                case '\n':
                    lineBreaks++;
                    continue;
                default:
                    return false;
            }
        }
        return lineBreaks <= 1;
    }

    /// <summary>The character at <paramref name="at"/> glues the word to a code: a digit, a slash, or a dot or hyphen between letters.</summary>
    private static bool IsGlue(string text, int at, int direction)
    {
        if (at < 0 || at >= text.Length)
        {
            return false;
        }
        var c = text[at];
        if (char.IsDigit(c) || c is '/' or '\\' or '_' or '@' or '&' or '#' or '%' or '=' or '+' or '<' or '>' or '~' or '^')
        {
            return true;
        }
        if (c is '.' or '-' or '\'' or '’' or '–')
        {
            var beyond = at + direction;
            return beyond >= 0 && beyond < text.Length && char.IsLetterOrDigit(text[beyond]);
        }
        return false;
    }

    /// <summary>
    /// At the start of the text, of a line (after a list marker such as "- ", "1. ", "a) ", "**") or after . ! ? : —
    /// where a capital letter does not mark a name.
    /// </summary>
    private static bool IsSentenceStart(string text, int start, int previousEnd, List<SyllableToken> tokens)
    {
        if (previousEnd < 0)
        {
            return true;
        }
        var gap = text.AsSpan(previousEnd, start - previousEnd);
        if (gap.IndexOfAny(SentenceBreaks) >= 0)
        {
            return true;
        }
        // "a) Các sở": the previous token is a one-letter list marker at the start of its line.
        var previous = tokens[^1];
        return previous.Length == 1 && gap.StartsWith(")") && previous.SentenceStart;
    }
}
