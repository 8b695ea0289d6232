using Lucene.Net.Documents;

namespace Ingest.Search.Indexing;

/// <summary>The pooled instances of one field name (<see cref="FieldPool"/>) and how many the current document uses.</summary>
internal sealed class FieldSlot
{
    public List<Field> Fields { get; } = [];

    public int Used { get; set; }

    /// <summary>The document <see cref="Used"/> counts for; an older one means none is used yet.</summary>
    public int Generation { get; set; }
}
