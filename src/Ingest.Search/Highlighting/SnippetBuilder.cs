using System.Text;
using Ingest.Core.Vietnamese;
using Ingest.Search.Analysis;
using Ingest.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ingest.Search.Highlighting;

/// <summary>
/// A snippet of an item's text as HTML, the matched words in <c>&lt;mark&gt;</c>. The text is split by the index's
/// own analyzer and each syllable is marked by its offsets in the text as written, so the diacritics shown are the
/// document's own. A query syllable typed with diacritics marks the same syllable ("giảm", not "giám"); typed
/// without, it marks every syllable that folds to it; and when the text has no exact match of a syllable (an OCR'd
/// "giam"), its folded matches are marked, since that is how the item matched.
/// </summary>
public static class SnippetBuilder
{
    public const int DefaultLength = 240;

    /// <summary>How much text to keep before the first match of a long text.</summary>
    private const int Lead = 40;

    /// <param name="terms">Query syllables, lower case, as typed (<see cref="Querying.ParsedQuery.HighlightTerms"/>).</param>
    public static string Html(string text, IReadOnlySet<string> terms, int maxLength = DefaultLength)
    {
        var tokens = Tokens(text);
        var marked = Marked(tokens, terms);
        var (start, end) = Window(text, tokens, marked, maxLength);
        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append('…');
        }
        var position = start;
        foreach (var group in Groups(text, marked.Where(t => t.Start >= start && t.End <= end).ToList()))
        {
            Escape(html, text, position, group.Start);
            html.Append("<mark>");
            Escape(html, text, group.Start, group.End);
            html.Append("</mark>");
            position = group.End;
        }
        Escape(html, text, position, end);
        if (end < text.Length)
        {
            html.Append('…');
        }
        return html.ToString();
    }

    private static List<Token> Marked(List<Token> tokens, IReadOnlySet<string> terms)
    {
        var present = tokens.Select(t => t.Exact).ToHashSet(StringComparer.Ordinal);
        // Folded forms that may be marked: typed without diacritics, or with diacritics the text never has.
        var byFolding = terms
            .Where(term => VietnameseText.FoldNormalized(term) == term || !present.Contains(term))
            .Select(VietnameseText.FoldNormalized)
            .ToHashSet(StringComparer.Ordinal);
        return tokens.Where(t => terms.Contains(t.Exact) || byFolding.Contains(t.Folded)).ToList();
    }

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        using var stream = IndexAnalyzer.Exact.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var exact = term.ToString();
            tokens.Add(new Token(exact, VietnameseText.FoldNormalized(exact), offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }

    /// <summary>The whole text when short; else the stretch of at most maxLength holding the most matches, cut between words.</summary>
    private static (int Start, int End) Window(string text, List<Token> tokens, List<Token> marked, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return (0, text.Length);
        }
        var anchor = 0;
        if (marked.Count > 0)
        {
            var best = -1;
            foreach (var first in marked)
            {
                var count = marked.Count(m => m.Start >= first.Start && m.End <= first.Start + maxLength - Lead);
                if (count > best)
                {
                    (best, anchor) = (count, first.Start);
                }
            }
        }
        var start = anchor <= Lead ? 0 : tokens.First(t => t.Start >= anchor - Lead).Start;
        var limit = Math.Min(text.Length, start + maxLength);
        var end = limit == text.Length
            ? limit
            : tokens.Where(t => t.Start >= start && t.End <= limit).Select(t => t.End).DefaultIfEmpty(limit).Max();
        return (start, end);
    }

    /// <summary>Neighbouring marked syllables separated only by spaces become one mark ("giảm nghèo").</summary>
    private static List<(int Start, int End)> Groups(string text, List<Token> marked)
    {
        var groups = new List<(int Start, int End)>();
        foreach (var token in marked)
        {
            if (groups.Count > 0 && text.AsSpan(groups[^1].End, token.Start - groups[^1].End).IsWhiteSpace())
            {
                groups[^1] = (groups[^1].Start, token.End);
            }
            else
            {
                groups.Add((token.Start, token.End));
            }
        }
        return groups;
    }

    /// <summary>Escapes only what HTML needs, so Vietnamese letters stay letters (no numeric entities).</summary>
    private static void Escape(StringBuilder html, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            html.Append(text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                var c => c.ToString(),
            });
        }
    }

    private readonly record struct Token(string Exact, string Folded, int Start, int End);
}
