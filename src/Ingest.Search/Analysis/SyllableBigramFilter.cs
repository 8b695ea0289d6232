using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ingest.Search.Analysis;

/// <summary>
/// Each syllable, and before it the bigram of the previous syllable and this one, at the previous one's position:
/// the output of Lucene's ShingleFilter(2, 2) with unigrams (a test holds them equal), without its cost: ShingleFilter
/// clones every token's attribute state, which made it the largest part of indexing time.
/// </summary>
public sealed class SyllableBigramFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IPositionLengthAttribute _length;
    private readonly ITypeAttribute _type;

    private char[] _previous = new char[32];
    private int _previousLength;
    private int _previousStart;
    private bool _hasPrevious;

    private char[] _pending = new char[32];
    private int _pendingLength;
    private int _pendingStart;
    private int _pendingEnd;
    private int _pendingIncrement;
    private string _pendingType = TypeAttribute.DEFAULT_TYPE;
    private bool _hasPending;

    public SyllableBigramFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _length = AddAttribute<IPositionLengthAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_hasPending)
        {
            // The syllable whose bigram was just given.
            _hasPending = false;
            ClearAttributes();
            _term.CopyBuffer(_pending, 0, _pendingLength);
            _offset.SetOffset(_pendingStart, _pendingEnd);
            _increment.PositionIncrement = _pendingIncrement;
            _type.Type = _pendingType;
            Remember(_pending, _pendingLength, _pendingStart);
            return true;
        }
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (!_hasPrevious || _increment.PositionIncrement != 1)
        {
            // First syllable, or one after a gap: no bigram across it.
            Remember(_term.Buffer, _term.Length, _offset.StartOffset);
            return true;
        }
        Hold();
        var length = _previousLength + 1 + _pendingLength;
        var buffer = _term.ResizeBuffer(length);
        _previous.AsSpan(0, _previousLength).CopyTo(buffer);
        buffer[_previousLength] = VietnameseAnalyzer.BigramSeparator[0];
        _pending.AsSpan(0, _pendingLength).CopyTo(buffer.AsSpan(_previousLength + 1));
        _term.Length = length;
        _offset.SetOffset(_previousStart, _pendingEnd);
        _increment.PositionIncrement = 0;
        _length.PositionLength = 2;
        _type.Type = "shingle";
        _hasPending = true;
        return true;
    }

    /// <summary>Keeps the syllable just read, to be given after its bigram.</summary>
    private void Hold()
    {
        _pendingLength = _term.Length;
        if (_pending.Length < _pendingLength)
        {
            _pending = new char[_pendingLength * 2];
        }
        _term.Buffer.AsSpan(0, _pendingLength).CopyTo(_pending);
        _pendingStart = _offset.StartOffset;
        _pendingEnd = _offset.EndOffset;
        _pendingIncrement = _increment.PositionIncrement;
        _pendingType = _type.Type;
    }

    private void Remember(char[] term, int length, int start)
    {
        if (_previous.Length < length)
        {
            _previous = new char[length * 2];
        }
        term.AsSpan(0, length).CopyTo(_previous);
        _previousLength = length;
        _previousStart = start;
        _hasPrevious = true;
    }

    public override void Reset()
    {
        base.Reset();
        _hasPrevious = false;
        _hasPending = false;
    }
}
