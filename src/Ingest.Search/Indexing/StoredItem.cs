using Ingest.Core.Extraction;
using Ingest.Search.Agencies;

namespace Ingest.Search.Indexing;

/// <summary>
/// What is stored with each indexed item and read back for a hit. Document fields are stored once, on the
/// document's own item (<see cref="Document"/>), not repeated on each of its tasks.
/// </summary>
internal sealed record StoredItem(
    string Type,
    string Id,
    string DocumentId,
    string Text,
    IReadOnlyList<IndexedOwner> Owners,
    Deadline? Deadline,
    TargetItem? Target,
    DocumentFields? Document);
