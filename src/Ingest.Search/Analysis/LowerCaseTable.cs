namespace Ingest.Search.Analysis;

/// <summary>
/// Invariant lower case remembered for every UTF-16 code unit: Lucene's LowerCaseFilter goes through the culture
/// casing of the runtime (ICU) for every character, which dominated the cost of indexing Vietnamese text.
/// </summary>
internal static class LowerCaseTable
{
    private static readonly char[] Table = Build();

    public static char Lower(char c) => Table[c];

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = char.IsSurrogate(c) ? c : char.ToLowerInvariant(c);
        }
        return table;
    }
}
