using System.Globalization;
using Ingest.Core.Extraction;
using Ingest.Core.Vietnamese;
using Ingest.Search.Results;

namespace Ingest.Bench.Search;

/// <summary>
/// A fixed mix of queries (same seed, same queries): free text with diacritics, folded text, phrases, fielded
/// questions, faceted searches and sorted searches, built from words of gold tasks and the gold owner names.
/// </summary>
public sealed class QueryMix(SyntheticCorpus corpus, int seed)
{
    private readonly Random _random = new(seed);
    private readonly IReadOnlyList<TaskItem> _tasks = corpus.TaskPool;

    public static readonly IReadOnlyList<(string Category, double Share)> Shares =
    [
        ("free", 0.25), ("folded", 0.15), ("phrase", 0.15), ("fielded", 0.20), ("faceted", 0.15), ("sorted", 0.10),
    ];

    public List<BenchQuery> Build(int count)
    {
        var queries = new List<BenchQuery>();
        foreach (var (category, share) in Shares)
        {
            var n = (int)Math.Round(count * share);
            for (var i = 0; i < n; i++)
            {
                queries.Add(category switch
                {
                    "free" => Free(Words(1, 3), SearchSort.Relevance, facets: false, category),
                    "folded" => Folded(Words(1, 3)),
                    "phrase" => Phrase(Words(2, 3)),
                    "fielded" => Fielded(i),
                    "faceted" => Free(Words(1, 2), SearchSort.Relevance, facets: true, category),
                    _ => Free(Words(1, 2), i % 2 == 0 ? SearchSort.Due : SearchSort.Date, facets: false, category),
                });
            }
        }
        // Interleave the categories, as a real stream of questions would.
        return queries.OrderBy(_ => _random.Next()).ToList();
    }

    /// <summary>k consecutive syllables (letters only) from a random gold task, lower case, as written.</summary>
    private string[] Words(int min, int max)
    {
        while (true)
        {
            var words = Syllables(_tasks[_random.Next(_tasks.Count)].Text);
            var k = _random.Next(min, max + 1);
            if (words.Count < k + 2)
            {
                continue;
            }
            var start = _random.Next(words.Count - k);
            return words.Skip(start).Take(k).ToArray();
        }
    }

    private static List<string> Syllables(string text) =>
        VietnameseText.Normalize(text).ToLowerInvariant()
            .Split([' ', ',', '.', ';', ':', '(', ')', '"', '“', '”', '/', '-', '–'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.All(char.IsLetter))
            .ToList();

    private static string Fold(string word) => VietnameseText.Fold(word);

    private static string Quote(string text) => "\"" + text.Replace("\"", "") + "\"";

    private static IReadOnlyDictionary<string, object> None => new Dictionary<string, object>();

    /// <summary>Every word, exact or folded: (text:"giảm" OR text_f:"giam") AND ...</summary>
    private static BenchQuery Free(string[] words, SearchSort sort, bool facets, string category) => new(
        category,
        new SearchRequest(string.Join(' ', words)) { Sort = sort, Facets = facets },
        new FtsQuery(string.Join(" AND ", words.Select(w => $"(text:{Quote(w)} OR text_f:{Quote(Fold(w))})")), null, None, sort, facets));

    private static BenchQuery Folded(string[] words)
    {
        var folded = words.Select(Fold).ToArray();
        return new("folded",
            new SearchRequest(string.Join(' ', folded)),
            new FtsQuery(string.Join(" AND ", folded.Select(w => $"text_f:{Quote(w)}")), null, None, SearchSort.Relevance, false));
    }

    private static BenchQuery Phrase(string[] words)
    {
        var phrase = string.Join(' ', words);
        return new("phrase",
            new SearchRequest(Quote(phrase)),
            new FtsQuery($"(text:{Quote(phrase)} OR text_f:{Quote(Fold(phrase))})", null, None, SearchSort.Relevance, false));
    }

    private BenchQuery Fielded(int i)
    {
        var owner = corpus.OwnerPool[_random.Next(corpus.OwnerPool.Count)].Name;
        var place = Provinces.All[_random.Next(Provinces.All.Count)];
        var year = 2016 + _random.Next(11);
        var ownerPhrase = Quote(VietnameseText.FoldForComparison(owner));
        var (first, last) = (year * 10000 + 101, year * 10000 + 1231);
        return (i % 5) switch
        {
            0 => new("fielded",
                new SearchRequest($"lead:{Quote(owner)} due:{year}"),
                new FtsQuery($"lead_f:{ownerPhrase}", "i.due BETWEEN $first AND $last", Parameters(("$first", first), ("$last", last)), SearchSort.Relevance, false)),
            1 => new("fielded",
                new SearchRequest($"owner:{Quote(owner)} place:{Quote(place)}"),
                new FtsQuery($"owner_f:{ownerPhrase}", "i.place = $place", Parameters(("$place", place)), SearchSort.Relevance, false)),
            2 => new("fielded",
                new SearchRequest($"place:{Quote(place)} type:task due:[{year}-01 TO {year}-06]"),
                new FtsQuery(null, "i.place = $place AND i.type = 'task' AND i.due BETWEEN $first AND $last",
                    Parameters(("$place", place), ("$first", first), ("$last", year * 10000 + 630)), SearchSort.Relevance, false)),
            3 => new("fielded",
                new SearchRequest($"kind:\"Kế hoạch\" year:{year} type:task"),
                new FtsQuery(null, "i.kind = 'Kế hoạch' AND i.year = $year AND i.type = 'task'", Parameters(("$year", year)), SearchSort.Relevance, false)),
            _ => Cites(),
        };
    }

    private BenchQuery Cites()
    {
        var number = corpus.ReferencePool[_random.Next(corpus.ReferencePool.Count)];
        return new("fielded",
            new SearchRequest($"cites:{Quote(number)} type:document"),
            new FtsQuery($"cites:{Quote(VietnameseText.FoldForComparison(number))}", "i.type = 'document'", None, SearchSort.Relevance, false));
    }

    private static Dictionary<string, object> Parameters(params (string Name, object Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    public static string Describe(BenchQuery query) =>
        string.Create(CultureInfo.InvariantCulture, $"{query.Category}: {query.Lucene.Query}{(query.Lucene.Facets ? " +facets" : "")}{(query.Lucene.Sort != SearchSort.Relevance ? " sort:" + query.Lucene.Sort : "")}");
}
