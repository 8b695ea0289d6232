using System.Text.RegularExpressions;

namespace Ingest.Extraction.Tasks;

/// <summary>
/// Reads the places named after "tại"/"ở" in a cross-reference: "các mục 1, 2, 3, 4, 5, 6; điểm a, b mục 7 Phần III
/// Điều 1 Quyết định này" gives two references, both in Phần III (a part named once applies to the places before
/// it). Reading stops at the first word that is not part of a reference.
/// </summary>
internal static partial class ReferenceReader
{
    private enum Slot { Points, Items, Part }

    public static IReadOnlyList<PartReference> Read(string text, int start)
    {
        var references = new List<PartReference>();
        var current = new Places();
        Slot? slot = null;
        var lastKey = "";
        var skipLabel = false;
        for (var match = Token().Match(text, start); match.Success && match.Index == start; match = Token().Match(text, start))
        {
            start = match.Index + match.Length;
            if (match.Groups["key"].Success)
            {
                var key = match.Groups["key"].Value.ToLowerInvariant();
                if (key == "mục" && lastKey == "tiết" && current.Has(Slot.Items))
                {
                    skipLabel = true; // "tiết 2.1 và tiết 2.2, mục 2": the item is already in the sub-item's number
                    lastKey = key;
                    continue;
                }
                lastKey = key;
                var next = SlotOf(key);
                if (current.Has(next) || current.HasAfter(next))
                {
                    references.Add(current.ToReference());
                    current = new Places();
                }
                slot = next;
            }
            else if (match.Groups["label"].Success)
            {
                if (skipLabel)
                {
                    skipLabel = false;
                    continue;
                }
                if (slot is not { } open || !current.TryAdd(open, match.Groups["label"].Value.Replace('ø', 'đ')))
                {
                    break;
                }
            }
        }
        if (!current.IsEmpty)
        {
            references.Add(current.ToReference());
        }
        return CarryPartsBack(references);
    }

    private static List<PartReference> CarryPartsBack(List<PartReference> references)
    {
        string? part = null;
        for (var i = references.Count - 1; i >= 0; i--)
        {
            part = references[i].Part ?? part;
            references[i] = references[i] with { Part = part };
        }
        return references;
    }

    private static Slot SlotOf(string key) => key.ToLowerInvariant() switch
    {
        "điểm" => Slot.Points,
        "phần" => Slot.Part,
        _ => Slot.Items,
    };

    private sealed class Places
    {
        private readonly List<string> _points = [];
        private readonly List<string> _items = [];
        private string? _part;

        public bool IsEmpty => _points.Count == 0 && _items.Count == 0 && _part is null;

        public bool Has(Slot slot) => slot switch
        {
            Slot.Points => _points.Count > 0,
            Slot.Items => _items.Count > 0,
            _ => _part is not null,
        };

        /// <summary>Places are written from the smallest up: a point after an item starts a new place.</summary>
        public bool HasAfter(Slot slot) => Enum.GetValues<Slot>().Where(s => s > slot).Any(Has);

        public bool TryAdd(Slot slot, string label)
        {
            var isLetter = label.Length == 1 && char.IsLower(label[0]);
            var isRoman = RomanLabel().IsMatch(label);
            switch (slot)
            {
                case Slot.Points when isLetter:
                    _points.Add(label);
                    return true;
                case Slot.Items when !isLetter:
                    _items.Add(label);
                    return true;
                case Slot.Part when isRoman && _part is null:
                    _part = label;
                    return true;
                default:
                    return false;
            }
        }

        public PartReference ToReference() => new(_points, _items, _part);
    }

    [GeneratedRegex(@"\G\s*(?:(?:các\s+|Các\s+)?(?<key>điểm|Điểm|mục|Mục|khoản|Khoản|tiết|Tiết|Phần|phần|PHẦN)(?!\p{L})|(?<label>[IVX]+(?!\p{L})|\d+(?:\.\d+)*|[a-zđø](?!\p{L}))|[,;]|và(?!\p{L}))")]
    private static partial Regex Token();

    [GeneratedRegex(@"^[IVX]+$")]
    private static partial Regex RomanLabel();
}
