using Ingest.Search.Results;

namespace Ingest.Search.Links;

/// <summary>
/// A number that a document cites, with the indexed documents that carry it: none when the cited document is not in
/// the corpus, several when issuers reuse a number.
/// </summary>
public sealed record CitedNumber(string Number, IReadOnlyList<HitDocument> Documents);
