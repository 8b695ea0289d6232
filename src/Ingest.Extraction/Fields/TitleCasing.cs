using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingest.Extraction.Fields;

/// <summary>
/// Gives a title printed in capitals ("THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG … CỦA THỦ TƯỚNG CHÍNH PHỦ") its written case.
/// Lower case alone loses the names ("chỉ thị số 27/ct-ttg … của thủ tướng chính phủ"), but a directive nearly always
/// repeats its title, or pieces of it, in its own text ("Trên đây là Kế hoạch thực hiện Chỉ thị số 27/CT-TTg … của Thủ
/// tướng Chính phủ …"): each run of three or more title words found there takes the case it has there. Words found
/// nowhere are lower case, document numbers stay in capitals, and the title starts with a capital.
/// </summary>
public static partial class TitleCasing
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Shortest run of words whose case is copied: one or two words ("Tăng cường" at a sentence start) say too little.</summary>
    private const int MinimumRun = 3;

    public static string Restore(string capitals, IEnumerable<string> body)
    {
        var title = capitals.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cased = title.Select(DefaultCase).ToArray();
        var covered = new bool[title.Length];
        var words = BodyWords(body);
        var keys = words.Select(w => w.Key).ToArray();
        var i = 0;
        while (i < title.Length)
        {
            var (starts, length) = LongestRuns(title, i, keys);
            if (length < MinimumRun)
            {
                i++;
                continue;
            }
            for (var k = 0; k < length; k++)
            {
                // The first word of a sentence is capitalised for the sentence, not for itself.
                var written = starts.Select(at => words[at + k]).Where(w => k > 0 || !w.StartsSentence).Select(w => Core(w.Written)).ToList();
                if (MostCommon(written) is { } form)
                {
                    cased[i + k] = CopyCase(title[i + k], form);
                }
                covered[i + k] = true;
            }
            i += length;
        }
        // Two-word names the first pass left ("Lai Châu", "Quảng Trị"): copied where the body writes them with a capital inside its sentences.
        for (i = 0; i + 1 < title.Length; i++)
        {
            if (!covered[i] && !covered[i + 1] && PairForm(Key(title[i]), Key(title[i + 1]), words) is { } pair)
            {
                (cased[i], cased[i + 1]) = (CopyCase(title[i], pair.First), CopyCase(title[i + 1], pair.Second));
                covered[i] = covered[i + 1] = true;
            }
        }
        for (i = 0; i < title.Length; i++)
        {
            if (!covered[i] && NameForm(Key(title[i]), words) is { } name)
            {
                cased[i] = CopyCase(title[i], name);
            }
        }
        var text = string.Join(' ', cased);
        return text.Length == 0 ? text : char.ToUpper(text[0], Vietnamese) + text[1..];
    }

    /// <summary>Mostly capitals: a few lower-case letters ("5G, IoT") do not make a title written in its own case.</summary>
    public static bool IsCapitals(string text)
    {
        var letters = text.Count(char.IsLetter);
        return letters > 0 && text.Count(char.IsLower) * 10 <= letters;
    }

    private static T? MostCommon<T>(IEnumerable<T> forms) =>
        forms.GroupBy(f => f).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    /// <summary>Two words the body writes together with capitals, every time it writes them inside a sentence; null otherwise.</summary>
    private static (string First, string Second)? PairForm(string first, string second, List<(string Key, string Written, bool StartsSentence)> words)
    {
        var inside = Enumerable.Range(0, Math.Max(0, words.Count - 1))
            .Where(at => words[at].Key == first && words[at + 1].Key == second && !words[at].StartsSentence)
            .Select(at => (First: Core(words[at].Written), Second: Core(words[at + 1].Written)))
            .ToList();
        return inside.Count > 0 && inside.All(p => char.IsUpper(p.First[0]) && char.IsUpper(p.Second[0]))
            ? MostCommon(inside)
            : null;
    }

    /// <summary>
    /// A word the body always capitalises inside a sentence, at least twice ("Đắk", "Quảng"): a name, written so
    /// in the title too. Null for every other word.
    /// </summary>
    private static string? NameForm(string key, List<(string Key, string Written, bool StartsSentence)> words)
    {
        var inside = words.Where(w => w.Key == key && !w.StartsSentence).Select(w => Core(w.Written)).ToList();
        return inside.Count >= 2 && inside.All(w => char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower)) ? MostCommon(inside) : null;
    }

    /// <summary>Where in the body the longest run of title words from <paramref name="start"/> is found (case aside): every place, and its length.</summary>
    private static (List<int> Starts, int Length) LongestRuns(string[] title, int start, string[] keys)
    {
        var starts = new List<int>();
        var best = 0;
        var first = Key(title[start]);
        for (var at = 0; at < keys.Length; at++)
        {
            if (keys[at] != first)
            {
                continue;
            }
            var length = 1;
            while (start + length < title.Length && at + length < keys.Length && keys[at + length] == Key(title[start + length]))
            {
                length++;
            }
            if (length > best)
            {
                (best, starts) = (length, []);
            }
            if (length == best)
            {
                starts.Add(at);
            }
        }
        return (starts, best);
    }

    /// <summary>The body's words in order, with their comparison key and whether each starts a sentence; lines in capitals are left out.</summary>
    private static List<(string Key, string Written, bool StartsSentence)> BodyWords(IEnumerable<string> body)
    {
        var words = new List<(string, string, bool)>();
        foreach (var paragraph in body)
        {
            if (IsCapitals(paragraph))
            {
                continue;
            }
            var startsSentence = true;
            foreach (var written in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add((Key(written), written, startsSentence));
                startsSentence = SentenceEnd().IsMatch(written);
            }
        }
        return words;
    }

    /// <summary>A word as compared: lower case, without the punctuation around it.</summary>
    private static string Key(string word) => Core(word).ToLower(Vietnamese);

    private static string Core(string word) => word.Trim(Punctuation);

    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '(', ')', '"', '“', '”', '*'];

    /// <summary>The title word with the letters of its core in the case they have in <paramref name="core"/>.</summary>
    private static string CopyCase(string titleWord, string core)
    {
        var titleCore = Core(titleWord);
        var start = titleWord.IndexOf(titleCore, StringComparison.Ordinal);
        if (core.Length != titleCore.Length)
        {
            return DefaultCase(titleWord);
        }
        return titleWord[..start].ToLower(Vietnamese) + core + titleWord[(start + core.Length)..].ToLower(Vietnamese);
    }

    /// <summary>Lower case, but a document number stays as printed ("27/CT-TTG").</summary>
    private static string DefaultCase(string word) => DocumentNumber().IsMatch(word) ? word : word.ToLower(Vietnamese);

    [GeneratedRegex(@"[.!?:;]$|^(?:[a-zđ]\)|[-+•])$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\d[/-]\p{Lu}")]
    private static partial Regex DocumentNumber();
}
