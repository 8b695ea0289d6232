using Ingest.Core.Vietnamese;
using Ingest.Search.Analysis;
using Ingest.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Search.Querying;

/// <summary>
/// Queries over the item text. Each syllable matches its exact form or its folded form, the exact one weighing more,
/// so "tình hình" ranks above "tinh hinh" variants; neighbouring syllables also match the folded bigram terms, so that
/// words found together rank as phrases. Phrases are matched on folded bigrams (the exact text has no positions), and
/// rank higher where their syllables are also exact.
/// </summary>
internal static class TextQueries
{
    /// <summary>How much more an exact (diacritics as typed) match weighs than a folded one.</summary>
    public const float ExactBoost = 2f;

    /// <summary>Splits text into syllables with the index's own analyzer, so query and index agree.</summary>
    public static IReadOnlyList<Syllable> Syllables(string text)
    {
        var syllables = new List<Syllable>();
        using var stream = IndexAnalyzer.Exact.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var exact = term.ToString();
            syllables.Add(new Syllable(exact, VietnameseText.FoldNormalized(exact)));
        }
        stream.End();
        return syllables;
    }

    /// <summary>
    /// Every syllable required (in any order); exact forms and bigrams of neighbours add to the score. The folded
    /// form of a syllable matches wherever its exact form does, so the folded terms alone decide what matches and
    /// the exact terms only rank: one flat query, which runs far faster on common syllables than a conjunction of
    /// exact-or-folded disjunctions.
    /// </summary>
    public static Query AllWords(IReadOnlyList<Syllable> syllables)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var syllable in syllables.DistinctBy(s => s.Folded))
        {
            query.Add(new TermQuery(new Term(IndexFields.TextFolded, syllable.Folded)), Occur.MUST);
        }
        foreach (var syllable in syllables.DistinctBy(s => s.Exact))
        {
            query.Add(Boosted(new TermQuery(new Term(IndexFields.Text, syllable.Exact)), ExactBoost), Occur.SHOULD);
        }
        for (var i = 0; i + 1 < syllables.Count; i++)
        {
            query.Add(new TermQuery(new Term(IndexFields.TextFolded, Bigram(syllables[i].Folded, syllables[i + 1].Folded))), Occur.SHOULD);
        }
        return query;
    }

    /// <summary>The syllables next to each other in this order (matched folded; exact syllables rank higher).</summary>
    public static Query Phrase(IReadOnlyList<Syllable> syllables)
    {
        if (syllables.Count == 1)
        {
            return AllWords(syllables);
        }
        var query = new BooleanQuery(disableCoord: true) { { BigramPhrase(IndexFields.TextFolded, syllables.Select(s => s.Folded).ToList()), Occur.MUST } };
        foreach (var syllable in syllables)
        {
            query.Add(Boosted(new TermQuery(new Term(IndexFields.Text, syllable.Exact)), ExactBoost), Occur.SHOULD);
        }
        return query;
    }

    /// <summary>
    /// A phrase of n syllables as n-1 consecutive bigram terms: the same matches as a phrase of syllables, read from
    /// far shorter posting lists.
    /// </summary>
    private static Query BigramPhrase(string field, IReadOnlyList<string> syllables)
    {
        if (syllables.Count == 2)
        {
            return new TermQuery(new Term(field, Bigram(syllables[0], syllables[1])));
        }
        var phrase = new PhraseQuery();
        for (var i = 0; i + 1 < syllables.Count; i++)
        {
            phrase.Add(new Term(field, Bigram(syllables[i], syllables[i + 1])), i);
        }
        return phrase;
    }

    private static string Bigram(string first, string second) => first + VietnameseAnalyzer.BigramSeparator + second;

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
