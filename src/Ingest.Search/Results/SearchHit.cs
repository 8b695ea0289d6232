using Ingest.Core.Extraction;
using Ingest.Search.Agencies;

namespace Ingest.Search.Results;

/// <summary>
/// One found item: a task (with owners and deadline), a target (with its figures) or a source document.
/// <see cref="Snippet"/> is the text as HTML with the matched words in <c>&lt;mark&gt;</c>, or null.
/// </summary>
public sealed record SearchHit(
    string Type,
    string Id,
    string Text,
    string? Snippet,
    IReadOnlyList<IndexedOwner> Owners,
    Deadline? Deadline,
    TargetItem? Target,
    HitDocument Document,
    float Score);
