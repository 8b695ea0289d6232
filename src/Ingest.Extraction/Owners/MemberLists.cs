using System.Text.RegularExpressions;

namespace Ingest.Extraction.Owners;

/// <summary>
/// Expands a body named with its members into one owner per member, as the annotation notes ask:
/// "UBND (04) các xã: Gia Thuận, Tân Điền" → "Ủy ban nhân dân xã Gia Thuận", "Ủy ban nhân dân xã Tân Điền";
/// "UBND các huyện Tủa Chùa, Mường Ảng" likewise. Generic lists ("các huyện, thị xã, thành phố") stay one owner.
/// </summary>
public static partial class MemberLists
{
    /// <summary>The members named after the mention (the recogniser stops at ":"), or after the level word inside it.</summary>
    public static IReadOnlyList<AgencyMention> Expand(string text, AgencyMention mention)
    {
        var head = Level().Match(mention.Canonical);
        if (!head.Success)
        {
            return KindList().Match(mention.Canonical) is { Success: true } kind ? ExpandKind(text, mention, kind.Groups["kind"].Value) : [mention];
        }
        var inside = mention.Canonical[(head.Index + head.Length)..];
        var end = mention.End;
        string list;
        var after = AfterColon().Match(text, mention.End);
        if (inside.Trim().Length == 0 && after.Success && after.Index == mention.End)
        {
            list = after.Groups["list"].Value;
            end = after.Index + after.Length;
        }
        else if (Members().IsMatch(inside.Trim()))
        {
            list = inside;
        }
        else
        {
            return [mention];
        }
        var members = Separator().Split(list.Trim()).Where(m => m.Length > 0).ToList();
        if (members.Count < 2 || !members.All(m => char.IsUpper(m[0])))
        {
            return [mention];
        }
        var body = head.Groups["body"].Value;
        var level = head.Groups["level"].Value;
        return members
            .Select(m => new AgencyMention(mention.Start, end, mention.Written, $"{body} {level} {m.Trim()}"))
            .ToList();
    }

    /// <summary>
    /// "các Tập đoàn: Công nghiệp - Năng lượng Quốc gia Việt Nam, Bưu chính viễn thông Việt Nam, …" → one "Tập đoàn …"
    /// per member; the list ends at the first member in lowercase, and the last member where its name ends.
    /// </summary>
    private static IReadOnlyList<AgencyMention> ExpandKind(string text, AgencyMention mention, string kind)
    {
        var colon = ColonList().Match(text, mention.End);
        if (!colon.Success)
        {
            return [mention];
        }
        var capitalised = char.ToUpperInvariant(kind[0]) + kind[1..];
        if (capitalised is "Bộ" or "Sở")
        {
            return ExpandFields(mention, capitalised, colon.Groups["list"]);
        }
        var members = new List<AgencyMention>();
        var at = colon.Groups["list"].Index;
        foreach (var part in Separator().Split(colon.Groups["list"].Value))
        {
            var named = part.Length > 0 && char.IsUpper(part[0]) ? AgencyRecognizer.Find($"{kind} {part}").FirstOrDefault() : null;
            if (named is null || named.Start != 0)
            {
                break;
            }
            at = text.IndexOf(part, at, StringComparison.Ordinal) + named.End - kind.Length - 1;
            members.Add(new AgencyMention(mention.Start, at, mention.Written, named.Canonical));
        }
        return members.Count >= 2 ? members.Select(m => m with { End = at }).ToList() : [mention];
    }

    /// <summary>
    /// "Các Bộ: Tài chính, Xây dựng, Nông nghiệp và Môi trường" → one "Bộ …" per field; fields are read longest first
    /// (<see cref="GovernmentFields"/>), since their names hold "và" and commas themselves ("Văn hóa, Thể thao và Du lịch").
    /// </summary>
    private static IReadOnlyList<AgencyMention> ExpandFields(AgencyMention mention, string kind, Group list)
    {
        var members = new List<string>();
        var rest = list.Value;
        var consumed = 0;
        while (true)
        {
            var field = GovernmentFields.LongestAtStart(rest);
            if (field is null)
            {
                break;
            }
            members.Add($"{kind} {field}");
            var separator = FieldSeparator().Match(rest, field.Length);
            consumed += field.Length;
            if (!separator.Success || separator.Index != field.Length)
            {
                break;
            }
            consumed += separator.Length;
            rest = rest[(field.Length + separator.Length)..];
        }
        var end = list.Index + consumed;
        return members.Count >= 2 ? members.Select(m => new AgencyMention(mention.Start, end, mention.Written, m)).ToList() : [mention];
    }

    [GeneratedRegex(@"\G\s*(?:,|và)\s*")]
    private static partial Regex FieldSeparator();

    [GeneratedRegex(@"^Các (?<kind>Tập đoàn|Tổng công ty|Ngân hàng|Công ty|[Bb]ộ|[Ss]ở)$")]
    private static partial Regex KindList();

    [GeneratedRegex(@"\G\s*:\s*(?<list>[^.;:]+)")]
    private static partial Regex ColonList();

    [GeneratedRegex(@"^(?<body>Ủy ban nhân dân|Hội đồng nhân dân|Huyện ủy|Đảng ủy)\s+(?:\(?\d+\)?\s+)?(?:các\s+)?(?<level>xã|huyện|tỉnh|phường|thành phố|thị xã)(?=\s|$)")]
    private static partial Regex Level();

    [GeneratedRegex(@"\G\s*:\s*(?<list>\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*(?:\s*,\s*\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*)+(?:\s+và\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*)?)")]
    private static partial Regex AfterColon();

    [GeneratedRegex(@"^\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*(?:\s*,\s*\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*)+$")]
    private static partial Regex Members();

    [GeneratedRegex(@"\s*,\s*|\s+và\s+")]
    private static partial Regex Separator();
}
