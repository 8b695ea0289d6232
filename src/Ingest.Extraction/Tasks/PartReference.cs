namespace Ingest.Extraction.Tasks;

/// <summary>
/// One place a cross-reference points to: points (điểm) of items (mục, khoản) of a part (Phần); each list may be
/// empty ("Phần III" alone; "các mục 1, 2, 3 Phần III"; "điểm a, b mục 7 Phần III").
/// </summary>
internal sealed record PartReference(IReadOnlyList<string> Points, IReadOnlyList<string> Items, string? Part);
