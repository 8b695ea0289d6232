namespace Ingest.Core.Vietnamese;

/// <summary>
/// Cyrillic and Greek letters that OCR engines and copy-paste put inside Latin words because they look the same
/// (Сở with a Cyrillic С). Only replaced inside words that also hold Latin letters or Vietnamese marks, so a
/// genuine Russian or Greek word stays as it is.
/// </summary>
internal static class LookAlikeLetters
{
    private static readonly Dictionary<char, char> Map = new()
    {
        // Cyrillic lower case
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i',
        ['ј'] = 'j', ['ѕ'] = 's', ['ԁ'] = 'd', ['һ'] = 'h', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ӏ'] = 'l', ['ո'] = 'n',
        // Cyrillic upper case
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P',
        ['С'] = 'C', ['Т'] = 'T', ['Х'] = 'X', ['У'] = 'Y', ['І'] = 'I', ['Ј'] = 'J', ['Ѕ'] = 'S', ['Ԁ'] = 'D',
        // Greek
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M',
        ['Ν'] = 'N', ['Ο'] = 'O', ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X', ['ο'] = 'o', ['α'] = 'a',
        ['ν'] = 'v', ['ι'] = 'i', ['κ'] = 'k', ['τ'] = 't', ['υ'] = 'u',
    };

    public static bool TryMap(char c, out char latin) => Map.TryGetValue(c, out latin);

    public static bool IsLookAlike(char c) => c >= 0x370 && Map.ContainsKey(c);
}
