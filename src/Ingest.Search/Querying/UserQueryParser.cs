using Ingest.Core.Vietnamese;
using Lucene.Net.Search;

namespace Ingest.Search.Querying;

/// <summary>
/// Reads what people type: free text (every word required, exact diacritics and neighbouring words ranking higher),
/// "quoted phrases", <c>field:value</c> and <c>field:"a phrase"</c>, ranges <c>due:[2025-01 TO 2025-06]</c>,
/// <c>-word</c> or <c>NOT</c> to exclude, <c>OR</c> between alternatives, and parentheses. Anything it cannot read
/// is a <see cref="QuerySyntaxException"/> that says where and how to fix it.
/// </summary>
public sealed class UserQueryParser
{
    private readonly List<QueryToken> _tokens;
    private readonly HashSet<string> _highlight = new(StringComparer.Ordinal);
    private int _next;

    private UserQueryParser(string query) => _tokens = QueryLexer.Tokens(query);

    public static ParsedQuery Parse(string query)
    {
        var text = VietnameseText.Normalize(query ?? "").Trim();
        if (text.Length == 0)
        {
            return new ParsedQuery(new MatchAllDocsQuery(), new HashSet<string>());
        }
        var parser = new UserQueryParser(text);
        var parsed = parser.Alternatives(negated: false);
        if (parser.Peek.Kind != QueryTokenKind.End)
        {
            throw QueryErrors.Unexpected(parser.Peek);
        }
        return new ParsedQuery(parsed, parser._highlight);
    }

    private QueryToken Peek => _tokens[_next];

    private QueryToken Take() => _tokens[_next++];

    /// <summary>clauses OR clauses OR ...</summary>
    private Query Alternatives(bool negated)
    {
        var first = Clauses(negated);
        if (Peek.Kind != QueryTokenKind.Or)
        {
            return first;
        }
        var any = new BooleanQuery { { first, Occur.SHOULD } };
        while (Peek.Kind == QueryTokenKind.Or)
        {
            var or = Take();
            if (Peek.Kind is QueryTokenKind.End or QueryTokenKind.CloseParen or QueryTokenKind.Or)
            {
                throw QueryErrors.Unexpected(or);
            }
            any.Add(Clauses(negated), Occur.SHOULD);
        }
        return any;
    }

    /// <summary>Clauses that must all hold; runs of plain words become one text clause.</summary>
    private Query Clauses(bool negated)
    {
        var clauses = new List<(Query Query, Occur Occur)>();
        var words = new List<string>();
        while (Peek.Kind is not (QueryTokenKind.End or QueryTokenKind.CloseParen or QueryTokenKind.Or))
        {
            if (Peek.Kind == QueryTokenKind.Word)
            {
                words.Add(Take().Text);
                continue;
            }
            FlushWords(words, clauses, negated);
            if (Peek.Kind == QueryTokenKind.And)
            {
                var and = Take();
                if (Peek.Kind is QueryTokenKind.End or QueryTokenKind.CloseParen or QueryTokenKind.Or or QueryTokenKind.And)
                {
                    throw QueryErrors.Unexpected(and);
                }
                continue;
            }
            if (Peek.Kind is QueryTokenKind.Minus or QueryTokenKind.Not)
            {
                var not = Take();
                if (Peek.Kind is QueryTokenKind.End or QueryTokenKind.CloseParen or QueryTokenKind.Or or QueryTokenKind.And)
                {
                    throw QueryErrors.Unexpected(not);
                }
                clauses.Add((Primary(!negated), Occur.MUST_NOT));
                continue;
            }
            clauses.Add((Primary(negated), Occur.MUST));
        }
        FlushWords(words, clauses, negated);
        return Combine(clauses);
    }

    private void FlushWords(List<string> words, List<(Query, Occur)> clauses, bool negated)
    {
        if (words.Count == 0)
        {
            return;
        }
        var syllables = TextQueries.Syllables(string.Join(' ', words));
        words.Clear();
        if (syllables.Count > 0)
        {
            Highlight(syllables, negated);
            clauses.Add((TextQueries.AllWords(syllables), Occur.MUST));
        }
    }

    /// <summary>One term: (group), "phrase", field:value, field:[from TO to], or a single word.</summary>
    private Query Primary(bool negated)
    {
        var token = Take();
        switch (token.Kind)
        {
            case QueryTokenKind.OpenParen:
                var inner = Alternatives(negated);
                if (Peek.Kind != QueryTokenKind.CloseParen)
                {
                    throw QueryErrors.UnclosedParenthesis(token.Position);
                }
                Take();
                return inner;
            case QueryTokenKind.Phrase:
                var syllables = TextQueries.Syllables(token.Text);
                if (syllables.Count == 0)
                {
                    return new MatchAllDocsQuery();
                }
                Highlight(syllables, negated);
                return TextQueries.Phrase(syllables);
            case QueryTokenKind.Word:
                var word = TextQueries.Syllables(token.Text);
                Highlight(word, negated);
                return word.Count == 0 ? new MatchAllDocsQuery() : TextQueries.AllWords(word);
            case QueryTokenKind.Field:
                return Field(token);
            default:
                throw QueryErrors.Unexpected(token);
        }
    }

    private Query Field(QueryToken field)
    {
        if (!FieldQueries.IsKnown(field.Text))
        {
            throw QueryErrors.UnknownField(field);
        }
        var value = Take();
        switch (value.Kind)
        {
            case QueryTokenKind.Word:
            case QueryTokenKind.Phrase:
                return FieldQueries.Value(field, value.Text);
            case QueryTokenKind.OpenBracket:
                if (!FieldQueries.TakesRange(field.Text))
                {
                    throw QueryErrors.RangeNotAllowed(field);
                }
                var from = Take();
                var keyword = Take();
                var until = Take();
                if (from.Kind != QueryTokenKind.Word || keyword is not { Kind: QueryTokenKind.Word, Text: "TO" }
                    || until.Kind != QueryTokenKind.Word || Take().Kind != QueryTokenKind.CloseBracket)
                {
                    throw QueryErrors.BadRange(field);
                }
                return FieldQueries.Range(field, from.Text, until.Text);
            default:
                throw QueryErrors.MissingValue(field);
        }
    }

    private void Highlight(IEnumerable<Syllable> syllables, bool negated)
    {
        if (!negated)
        {
            _highlight.UnionWith(syllables.Select(s => s.Exact));
        }
    }

    private static Query Combine(List<(Query Query, Occur Occur)> clauses)
    {
        if (clauses.Count == 0)
        {
            // Nothing searchable (only punctuation): like an empty query.
            return new MatchAllDocsQuery();
        }
        if (clauses.Count == 1 && clauses[0].Occur == Occur.MUST)
        {
            return clauses[0].Query;
        }
        var all = new BooleanQuery();
        foreach (var (query, occur) in clauses)
        {
            all.Add(query, occur);
        }
        if (clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            // Only exclusions: exclude them from everything.
            all.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return all;
    }
}
