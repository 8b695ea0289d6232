using Ingest.Core.Vietnamese;

namespace Ingest.Search.Analysis;

/// <summary>
/// <see cref="VietnameseText.FoldChar"/> remembered for every UTF-16 code unit. FoldChar decomposes its character on
/// each call, which is far too slow for the millions of characters an index rebuild folds; the table holds the very
/// results of the one folding implementation, computed once.
/// </summary>
internal static class FoldingTable
{
    private static readonly char[] Table = Build();

    public static char Fold(char c) => Table[c];

    /// <summary><see cref="VietnameseText.Fold"/> of text that is already NFC (analyzer tokens are).</summary>
    public static string FoldNormalized(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Table[source[i]];
        }
    });

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            // Lone surrogates cannot be normalised; they are never letters to fold.
            table[i] = char.IsSurrogate(c) ? c : FoldOrSelf(c);
        }
        return table;
    }

    private static char FoldOrSelf(char c)
    {
        try
        {
            return VietnameseText.FoldChar(c);
        }
        catch (ArgumentException)
        {
            return c;
        }
    }
}
