using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ingest.Search.Analysis;

/// <summary>
/// Splits texts into a <see cref="SyllableList"/> with the tokenizer of <see cref="VietnameseAnalyzer"/>, kept and
/// reused. Texts must already be normalised, as every indexed value is. One per indexing thread; not thread-safe.
/// </summary>
internal sealed class SyllableSplitter
{
    private readonly StandardTokenizer _tokenizer = new(VietnameseAnalyzer.Version, TextReader.Null);
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;

    public SyllableSplitter()
    {
        _term = _tokenizer.AddAttribute<ICharTermAttribute>();
        _offset = _tokenizer.AddAttribute<IOffsetAttribute>();
        _increment = _tokenizer.AddAttribute<IPositionIncrementAttribute>();
        _type = _tokenizer.AddAttribute<ITypeAttribute>();
    }

    /// <summary>Replaces the content of <paramref name="into"/> with the syllables of <paramref name="text"/>.</summary>
    public SyllableList Split(string text, SyllableList into)
    {
        into.Clear();
        _tokenizer.SetReader(new StringReader(text));
        try
        {
            _tokenizer.Reset();
            while (_tokenizer.IncrementToken())
            {
                into.Add(_term.Buffer.AsSpan(0, _term.Length), _offset.StartOffset, _offset.EndOffset, _increment.PositionIncrement, _type.Type);
            }
            _tokenizer.End();
            into.End(_offset.EndOffset, _increment.PositionIncrement);
        }
        finally
        {
            _tokenizer.Dispose();
        }
        return into;
    }

    public SyllableList Split(string text) => Split(text, new SyllableList(text.Length));
}
