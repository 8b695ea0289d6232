using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using Ingest.Core.Extraction;
using Lucene.Net.Util;

namespace Ingest.Search.Indexing;

/// <summary>
/// Writes each stored item as UTF-8 JSON (<see cref="PayloadJsonContext"/>) into one reused buffer, stored as bytes:
/// no string per item, and no conversion of it to UTF-8 by the stored-fields writer. The bytes are valid until the
/// next item is written. One per indexing thread.
/// </summary>
internal sealed class PayloadWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _writer;
    private readonly BytesRef _bytes = new();

    public PayloadWriter() =>
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = ExtractionJson.Options.Encoder, SkipValidation = true });

    public BytesRef Write(StoredItem item)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        JsonSerializer.Serialize(_writer, item, PayloadJsonContext.Default.StoredItem);
        _writer.Flush();
        if (!MemoryMarshal.TryGetArray(_buffer.WrittenMemory, out var written))
        {
            throw new InvalidOperationException("ArrayBufferWriter is backed by an array.");
        }
        _bytes.Bytes = written.Array!;
        _bytes.Offset = written.Offset;
        _bytes.Length = written.Count;
        return _bytes;
    }
}
