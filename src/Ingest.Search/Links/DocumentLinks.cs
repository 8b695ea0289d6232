using Ingest.Search.Results;

namespace Ingest.Search.Links;

/// <summary>A document with what it cites and what cites it, to follow a resolution down to the plans that implement it.</summary>
public sealed record DocumentLinks(HitDocument Document, IReadOnlyList<CitedNumber> Cites, IReadOnlyList<HitDocument> CitedBy);
