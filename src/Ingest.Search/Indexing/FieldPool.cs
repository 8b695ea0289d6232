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
    private readonly Dictionary<string, List<Field>> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BytesRef> _bytes = new(StringComparer.Ordinal);
    private readonly Document _document = new();

    /// <summary>Starts the next document (the same instance, emptied); the previous one must have been indexed already.</summary>
    public Document Begin()
    {
        _used.Clear();
        _document.Fields.Clear();
        return _document;
    }

    public void String(string name, string value, bool stored = false) =>
        Take(name, () => new StringField(name, value, stored ? Field.Store.YES : Field.Store.NO)).SetStringValue(value);

    public void Text(string name, string value) => Take(name, () => new TextField(name, value, Field.Store.NO)).SetStringValue(value);

    /// <summary>An analysed field of another type (e.g. without positions).</summary>
    public void Text(string name, string value, FieldType type) => Take(name, () => new Field(name, value, type)).SetStringValue(value);

    public void Int32(string name, int value) => Take(name, () => new Int32Field(name, value, Field.Store.NO)).SetInt32Value(value);

    public void Stored(string name, string value) => Take(name, () => new StoredField(name, value)).SetStringValue(value);

    public void SortedSet(string name, string value) => Take(name, () => new SortedSetDocValuesField(name, Bytes(value))).SetBytesValue(Bytes(value));

    public void Sorted(string name, string value) => Take(name, () => new SortedDocValuesField(name, Bytes(value))).SetBytesValue(Bytes(value));

    private Field Take(string name, Func<Field> create)
    {
        if (!_fields.TryGetValue(name, out var pool))
        {
            _fields[name] = pool = [];
        }
        var index = _used.GetValueOrDefault(name);
        _used[name] = index + 1;
        if (index == pool.Count)
        {
            pool.Add(create());
        }
        var field = pool[index];
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
}
