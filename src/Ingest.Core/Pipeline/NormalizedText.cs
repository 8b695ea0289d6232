using Ingest.Core.Text;
using Ingest.Core.Vietnamese;

namespace Ingest.Core.Pipeline;

/// <summary>The normalised pages and the OCR repairs made on them.</summary>
public sealed record NormalizedText(DocumentText Text, IReadOnlyList<PageRepair> Repairs);

/// <summary>One repair on one page.</summary>
public sealed record PageRepair(int Page, TextRepair Repair);
