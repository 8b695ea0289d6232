using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ingest.Search.Analysis;

/// <summary>
/// The syllables of one text, split once by the analyzers' own tokenizer and kept in both forms the index needs: lower
/// case (<see cref="LowerCaseTable"/>) and folded (<see cref="FoldingTable"/>). Each item's text is indexed twice,
/// exactly and folded with bigrams; splitting it once and replaying the tokens (<see cref="ReplayedTokens"/>) spares
/// the second run of the tokenizer and of the analyzer's reuse machinery.
/// </summary>
/// <remarks>Reused from text to text by one indexing thread; not thread-safe.</remarks>
internal sealed class SyllableTokens
{
    private readonly StandardTokenizer _tokenizer = new(VietnameseAnalyzer.Version, TextReader.Null);
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;

    private char[] _lower = new char[1024];
    private char[] _folded = new char[1024];
    private Token[] _tokens = new Token[128];

    public SyllableTokens()
    {
        _term = _tokenizer.AddAttribute<ICharTermAttribute>();
        _offset = _tokenizer.AddAttribute<IOffsetAttribute>();
        _increment = _tokenizer.AddAttribute<IPositionIncrementAttribute>();
        _type = _tokenizer.AddAttribute<ITypeAttribute>();
    }

    public int Count { get; private set; }

    /// <summary>The offset and position increment the tokenizer reports at the end of the text.</summary>
    public int FinalOffset { get; private set; }

    public int FinalIncrement { get; private set; }

    /// <summary>Splits <paramref name="text"/> (already normalised, as every indexed value is).</summary>
    public void Fill(string text)
    {
        Count = 0;
        var used = 0;
        _tokenizer.SetReader(new StringReader(text));
        _tokenizer.Reset();
        while (_tokenizer.IncrementToken())
        {
            var length = _term.Length;
            if (used + length > _lower.Length)
            {
                Array.Resize(ref _lower, Math.Max(_lower.Length * 2, used + length));
                Array.Resize(ref _folded, _lower.Length);
            }
            var source = _term.Buffer;
            for (var i = 0; i < length; i++)
            {
                _lower[used + i] = LowerCaseTable.Lower(source[i]);
                _folded[used + i] = FoldingTable.Fold(source[i]);
            }
            if (Count == _tokens.Length)
            {
                Array.Resize(ref _tokens, _tokens.Length * 2);
            }
            _tokens[Count++] = new Token(used, length, _offset.StartOffset, _offset.EndOffset, _increment.PositionIncrement, _type.Type);
            used += length;
        }
        _tokenizer.End();
        FinalOffset = _offset.EndOffset;
        FinalIncrement = _increment.PositionIncrement;
        _tokenizer.Dispose();
    }

    public ref readonly Token this[int index] => ref _tokens[index];

    public ReadOnlySpan<char> Term(in Token token, bool folded) =>
        (folded ? _folded : _lower).AsSpan(token.TermStart, token.TermLength);

    internal readonly record struct Token(int TermStart, int TermLength, int StartOffset, int EndOffset, int Increment, string Type);
}
