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
            return [mention];
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

    [GeneratedRegex(@"^(?<body>Ủy ban nhân dân|Hội đồng nhân dân|Huyện ủy|Đảng ủy)\s+(?:\(?\d+\)?\s+)?(?:các\s+)?(?<level>xã|huyện|tỉnh|phường|thành phố|thị xã)(?=\s|$)")]
    private static partial Regex Level();

    [GeneratedRegex(@"\G\s*:\s*(?<list>\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*(?:\s*,\s*\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*)+(?:\s+và\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*)?)")]
    private static partial Regex AfterColon();

    [GeneratedRegex(@"^\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*(?:\s*,\s*\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*)+$")]
    private static partial Regex Members();

    [GeneratedRegex(@"\s*,\s*|\s+và\s+")]
    private static partial Regex Separator();
}
