using Lucene.Net.Documents;

namespace Ingest.Search.Analysis;

/// <summary>
/// An analysed field whose tokens are replayed from a <see cref="SyllableList"/> (<see cref="ReplayedTokens"/>)
/// instead of coming from the analyzer: exact, folded, or folded with syllable bigrams, as the analyzer of the field
/// would give them. Pooled and reused with a new list for each document.
/// </summary>
internal sealed class SyllableField : Field
{
    private readonly ReplayedTokens _tokens;

    private SyllableField(string name, ReplayedTokens tokens, FieldType type) : base(name, tokens, type) => _tokens = tokens;

    public static SyllableField Create(string name, FieldType type, bool folded, bool bigrams) =>
        new(name, new ReplayedTokens(folded, bigrams), type);

    public void Replay(SyllableList syllables) => _tokens.Replay(syllables);
}
