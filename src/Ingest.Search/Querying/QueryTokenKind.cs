namespace Ingest.Search.Querying;

/// <summary>What a piece of a query is.</summary>
internal enum QueryTokenKind
{
    Word,
    Phrase,
    Field,
    Minus,
    And,
    Or,
    Not,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    End,
}
