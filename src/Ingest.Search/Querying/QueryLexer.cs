namespace Ingest.Search.Querying;

/// <summary>
/// Splits a query into words, "phrases", <c>field:</c> names, brackets, parentheses, a leading '-' and the
/// operators AND, OR, NOT (upper case only, so that lower-case words stay words).
/// </summary>
internal static class QueryLexer
{
    public static List<QueryToken> Tokens(string query)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '"')
            {
                var close = query.IndexOf('"', i + 1);
                if (close < 0)
                {
                    throw QueryErrors.UnclosedQuote(i + 1);
                }
                tokens.Add(new QueryToken(QueryTokenKind.Phrase, query[(i + 1)..close], i + 1));
                i = close + 1;
            }
            else if (Single(c) is { } kind)
            {
                tokens.Add(new QueryToken(kind, c.ToString(), i + 1));
                i++;
            }
            else if (c == '-' && (i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1])) && StartsClause(tokens))
            {
                tokens.Add(new QueryToken(QueryTokenKind.Minus, "-", i + 1));
                i++;
            }
            else
            {
                i = ReadWord(query, i, tokens);
            }
        }
        tokens.Add(new QueryToken(QueryTokenKind.End, "", query.Length + 1));
        return tokens;
    }

    private static QueryTokenKind? Single(char c) => c switch
    {
        '(' => QueryTokenKind.OpenParen,
        ')' => QueryTokenKind.CloseParen,
        '[' => QueryTokenKind.OpenBracket,
        ']' => QueryTokenKind.CloseBracket,
        _ => null,
    };

    /// <summary>A '-' negates only where a clause starts, so "2025-06" and "kinh tế - xã hội" keep theirs.</summary>
    private static bool StartsClause(List<QueryToken> tokens) =>
        tokens.Count == 0 || tokens[^1].Kind is not (QueryTokenKind.Field or QueryTokenKind.OpenBracket);

    private static int ReadWord(string query, int start, List<QueryToken> tokens)
    {
        var i = start;
        while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] != '"' && Single(query[i]) is null)
        {
            if (query[i] == ':' && i > start && IsFieldName(query.AsSpan(start, i - start)))
            {
                tokens.Add(new QueryToken(QueryTokenKind.Field, query[start..i].ToLowerInvariant(), start + 1));
                return i + 1;
            }
            i++;
        }
        var word = query[start..i];
        var kind = word switch
        {
            "AND" or "&&" => QueryTokenKind.And,
            "OR" or "||" => QueryTokenKind.Or,
            "NOT" => QueryTokenKind.Not,
            _ => QueryTokenKind.Word,
        };
        tokens.Add(new QueryToken(kind, word, start + 1));
        return i;
    }

    private static bool IsFieldName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetter(c) || c == '_'))
            {
                return false;
            }
        }
        return true;
    }
}
