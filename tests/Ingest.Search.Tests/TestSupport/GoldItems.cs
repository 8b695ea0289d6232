using Ingest.Core.Extraction;
using Ingest.Core.Vietnamese;

namespace Ingest.Search.Tests.TestSupport;

/// <summary>
/// The gold files flattened into the items a search returns, for expected answers computed by plain LINQ over the
/// gold records (independently of the search code). Ids follow the documented scheme: stem, stem-task-n, stem-target-n.
/// </summary>
public sealed record GoldItem(
    string Id,
    string Type,
    string Text,
    DocumentFields Document,
    IReadOnlyList<Owner> Owners,
    string? Due)
{
    public static IReadOnlyList<GoldItem> All { get; } = Load();

    public int? DueYear => Due is { Length: >= 4 } due ? int.Parse(due[..4]) : null;

    public int? Year => Document.Date is { Length: >= 4 } date ? int.Parse(date[..4]) : null;

    /// <summary>The folded words of the text, as the scoring rules fold (spec: "Scoring").</summary>
    public string[] Words => VietnameseText.FoldForComparison(Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool HasOwner(string name, string? role = null) =>
        Owners.Any(o => Same(o.Name, name) && (role is null || o.Role == role));

    public static bool Same(string a, string b) => VietnameseText.FoldForComparison(a) == VietnameseText.FoldForComparison(b);

    private static List<GoldItem> Load()
    {
        var items = new List<GoldItem>();
        foreach (var (id, extraction) in GoldFiles.Documents)
        {
            var document = extraction.Document;
            items.Add(new GoldItem(id, "document", document.Title ?? document.File, document, [], null));
            items.AddRange(extraction.Tasks.Select((t, i) =>
                new GoldItem($"{id}-task-{i + 1}", "task", t.Text, document, t.Owners, t.Deadline?.Due)));
            items.AddRange(extraction.Targets.Select((t, i) =>
                new GoldItem($"{id}-target-{i + 1}", "target", t.Text, document, [], t.Due)));
        }
        return items;
    }
}
