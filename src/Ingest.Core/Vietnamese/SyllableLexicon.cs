using System.Globalization;
using System.Text;

namespace Ingest.Core.Vietnamese;

/// <summary>
/// Counts of syllables and of syllable bigrams (two syllables with only spaces between them) in clean Vietnamese
/// text, lower case, tone marks in <see cref="ToneStyle.Traditional"/>. <see cref="Default"/> is the checked-in
/// resource Resources/syllable-lexicon.tsv, built from corpus/raw/*.md by <see cref="Build"/> and <see cref="Write"/>
/// (the test LexiconResourceTests regenerates it when INGEST_WRITE_LEXICON=1 and fails when it is stale).
/// </summary>
public sealed class SyllableLexicon
{
    private const string ResourceName = "Ingest.Core.Vietnamese.Resources.syllable-lexicon.tsv";
    private const string Header = "# syllable-lexicon/1";

    private static readonly Lazy<SyllableLexicon> DefaultLexicon = new(LoadDefault);

    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _syllables;
    private readonly List<int> _counts;
    private readonly List<int> _contextCounts;
    private readonly List<int> _successorTypes;
    private readonly Dictionary<long, int> _bigrams;

    private SyllableLexicon()
    {
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _syllables = [];
        _counts = [];
        _contextCounts = [];
        _successorTypes = [];
        _bigrams = [];
    }

    /// <summary>The lexicon of the clean corpus, from the embedded resource.</summary>
    public static SyllableLexicon Default => DefaultLexicon.Value;

    /// <summary>Number of syllable occurrences counted.</summary>
    public long TotalCount { get; private set; }

    /// <summary>Number of distinct syllables.</summary>
    public int SyllableCount => _syllables.Count;

    /// <summary>Number of distinct bigrams.</summary>
    public int BigramCount => _bigrams.Count;

    /// <summary>Counts the syllables and bigrams of <paramref name="texts"/> (normalised first).</summary>
    public static SyllableLexicon Build(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var lexicon = new SyllableLexicon();
        Span<char> key = stackalloc char[SyllableParser.MaxLength];
        foreach (var raw in texts)
        {
            var text = VietnameseText.Normalize(raw);
            var previous = -1;
            foreach (var token in SyllableTokenizer.Tokenize(text))
            {
                var word = text.AsSpan(token.Start, token.Length);
                if (token.Attached || !SyllableParser.TryParse(word, out _))
                {
                    previous = -1;
                    continue;
                }
                var id = lexicon.Intern(ToLower(word, key));
                lexicon._counts[id]++;
                lexicon.TotalCount++;
                if (previous >= 0 && token.JoinedToPrevious)
                {
                    lexicon.AddBigram(previous, id, 1);
                }
                previous = id;
            }
        }
        return lexicon;
    }

    /// <summary>Reads the format written by <see cref="Write"/>.</summary>
    public static SyllableLexicon Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lexicon = new SyllableLexicon();
        if (reader.ReadLine() is not { } header || !header.StartsWith(Header, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Not a syllable lexicon: the first line must start with '{Header}'.");
        }
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var fields = line.Split('\t');
            switch (fields)
            {
                case ["s", var syllable, var count]:
                    var id = lexicon.Intern(syllable);
                    lexicon._counts[id] = int.Parse(count, CultureInfo.InvariantCulture);
                    lexicon.TotalCount += lexicon._counts[id];
                    break;
                case ["b", var first, var second, var count]:
                    lexicon.AddBigram(lexicon.IdOrThrow(first, lineNumber), lexicon.IdOrThrow(second, lineNumber),
                        int.Parse(count, CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new InvalidDataException($"Syllable lexicon line {lineNumber}: cannot read '{line}'.");
            }
        }
        return lexicon;
    }

    /// <summary>
    /// Writes syllables then bigrams, each sorted, one per line: "s TAB syllable TAB count", "b TAB first TAB second
    /// TAB count". Sorted so that a regenerated file differs from the old one only where the corpus did.
    /// </summary>
    public void Write(TextWriter writer, string source)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write($"{Header} {source}\n");
        foreach (var syllable in _syllables.Order(StringComparer.Ordinal))
        {
            writer.Write($"s\t{syllable}\t{_counts[_ids[syllable]].ToString(CultureInfo.InvariantCulture)}\n");
        }
        var bigrams = _bigrams
            .Select(b => (First: _syllables[(int)(b.Key >> 32)], Second: _syllables[(int)(b.Key & 0xFFFFFFFF)], Count: b.Value))
            .OrderBy(b => b.First, StringComparer.Ordinal)
            .ThenBy(b => b.Second, StringComparer.Ordinal);
        foreach (var (first, second, count) in bigrams)
        {
            writer.Write($"b\t{first}\t{second}\t{count.ToString(CultureInfo.InvariantCulture)}\n");
        }
    }

    /// <summary>Id of a lower-case syllable, or -1.</summary>
    public int IdOf(ReadOnlySpan<char> lowerSyllable) => _lookup.TryGetValue(lowerSyllable, out var id) ? id : -1;

    public int Count(string syllable) => IdOf(syllable) is var id and >= 0 ? _counts[id] : 0;

    public int Count(string first, string second) =>
        IdOf(first) is var a and >= 0 && IdOf(second) is var b and >= 0 ? BigramCountOf(a, b) : 0;

    internal string SyllableOf(int id) => _syllables[id];

    internal int CountOf(int id) => _counts[id];

    /// <summary>How often <paramref name="id"/> is the first syllable of a bigram.</summary>
    internal int ContextCountOf(int id) => _contextCounts[id];

    /// <summary>How many different syllables follow <paramref name="id"/> (the Witten-Bell weight of the unseen).</summary>
    internal int SuccessorTypesOf(int id) => _successorTypes[id];

    internal int BigramCountOf(int first, int second) =>
        _bigrams.TryGetValue(((long)first << 32) | (uint)second, out var count) ? count : 0;

    private static ReadOnlySpan<char> ToLower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        for (var i = 0; i < word.Length; i++)
        {
            buffer[i] = VietnameseLetters.ToLower(word[i]);
        }
        return buffer[..word.Length];
    }

    private int Intern(ReadOnlySpan<char> syllable)
    {
        if (_lookup.TryGetValue(syllable, out var id))
        {
            return id;
        }
        var text = syllable.ToString();
        id = _syllables.Count;
        _ids.Add(text, id);
        _syllables.Add(text);
        _counts.Add(0);
        _contextCounts.Add(0);
        _successorTypes.Add(0);
        return id;
    }

    private int IdOrThrow(string syllable, int lineNumber) =>
        IdOf(syllable) is var id and >= 0
            ? id
            : throw new InvalidDataException($"Syllable lexicon line {lineNumber}: bigram of unknown syllable '{syllable}'.");

    private void AddBigram(int first, int second, int count)
    {
        var key = ((long)first << 32) | (uint)second;
        var existing = _bigrams.GetValueOrDefault(key);
        _bigrams[key] = existing + count;
        _contextCounts[first] += count;
        if (existing == 0)
        {
            _successorTypes[first]++;
        }
    }

    private static SyllableLexicon LoadDefault()
    {
        using var stream = typeof(SyllableLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from Ingest.Core.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Load(reader);
    }
}
