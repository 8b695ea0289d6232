using Ingest.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Ingest.Search.Indexing;

/// <summary>
/// Field instances reused from one Lucene document to the next, as Lucene recommends: a new StringField or
/// Int32Field builds a new token stream (and takes a global lock in Lucene.Net's attribute factory) each time, which
/// made it the largest cost of indexing. One pool per indexing thread; not thread-safe.
/// </summary>
internal sealed class FieldPool
{
    private const int MaxRememberedBytes = 50_000;
    private static readonly FieldType Int32Type = Freeze(new FieldType(Int32Field.TYPE_NOT_STORED) { NumericPrecisionStep = IndexFields.DatePrecisionStep });

    private readonly Dictionary<string, FieldSlot> _slots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BytesRef> _bytes = new(StringComparer.Ordinal);
    private readonly Document _document = new();
    private int _generation;

    /// <summary>Starts the next document (the same instance, emptied); the previous one must have been indexed already.</summary>
    public Document Begin()
    {
        _generation++;
        _document.Fields.Clear();
        return _document;
    }

    public void String(string name, string value) =>
        (Next(name) ?? Keep(name, new StringField(name, value, Field.Store.NO))).SetStringValue(value);

    /// <summary>
    /// An analysed field whose tokens are replayed from <paramref name="syllables"/> (<see cref="SyllableField"/>); a
    /// field name given this way once must always be (its pooled instances are syllable fields).
    /// </summary>
    public void Syllables(string name, SyllableList syllables, FieldType type, bool folded, bool bigrams = false) =>
        ((SyllableField)(Next(name) ?? Keep(name, SyllableField.Create(name, type, folded, bigrams)))).Replay(syllables);

    public void Int32(string name, int value) => (Next(name) ?? Keep(name, new Int32Field(name, value, Int32Type))).SetInt32Value(value);

    public void Stored(string name, BytesRef value) => (Next(name) ?? Keep(name, new StoredField(name, value))).SetBytesValue(value);

    public void SortedSet(string name, string value) => SortedSet(name, Bytes(value));

    public void SortedSet(string name, BytesRef value) =>
        (Next(name) ?? Keep(name, new SortedSetDocValuesField(name, value))).SetBytesValue(value);

    public void Sorted(string name, string value) =>
        (Next(name) ?? Keep(name, new SortedDocValuesField(name, Bytes(value)))).SetBytesValue(Bytes(value));

    /// <summary>The next unused instance of this field in the current document, added to it; null when a new one is needed.</summary>
    private Field? Next(string name)
    {
        if (!_slots.TryGetValue(name, out var slot))
        {
            _slots[name] = slot = new FieldSlot();
        }
        if (slot.Generation != _generation)
        {
            slot.Generation = _generation;
            slot.Used = 0;
        }
        if (slot.Used == slot.Fields.Count)
        {
            return null;
        }
        var field = slot.Fields[slot.Used++];
        _document.Add(field);
        return field;
    }

    /// <summary>Adds a new instance (after <see cref="Next"/> found none) to the pool and to the current document.</summary>
    private Field Keep(string name, Field field)
    {
        var slot = _slots[name];
        slot.Fields.Add(field);
        slot.Used++;
        _document.Add(field);
        return field;
    }

    /// <summary>Facet values repeat on most items (places, years, agencies): their UTF-8 bytes are made once.</summary>
    private BytesRef Bytes(string value)
    {
        if (_bytes.TryGetValue(value, out var bytes))
        {
            return bytes;
        }
        if (_bytes.Count >= MaxRememberedBytes)
        {
            _bytes.Clear();
        }
        return _bytes[value] = new BytesRef(value);
    }

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
