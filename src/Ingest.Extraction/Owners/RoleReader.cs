using System.Text.RegularExpressions;
using Ingest.Core.Extraction;

namespace Ingest.Extraction.Owners;

/// <summary>
/// Reads who leads and who supports from one sentence: the agencies in subject position (at the start, after
/// "giao", "đề nghị", "yêu cầu", or right before "chủ trì") lead; those in the list right after "phối hợp (với)"
/// support. Agencies elsewhere (objects: "trình UBND tỉnh", "gửi Sở Nội vụ") are not owners.
/// </summary>
public static partial class RoleReader
{
    public static IReadOnlyList<Owner> Read(string text)
    {
        // "Về đề nghị Chính phủ chỉ đạo Bộ Tài chính bố trí vốn …: Bộ Tài chính chủ trì …": the topic quotes a request;
        // who acts is said after the colon.
        if (Topic().Match(text) is { Success: true } topic && Read(text[topic.Length..].TrimStart()) is { } answer && answer.Any(o => o.Role == Owner.Lead))
        {
            return answer;
        }
        var mentions = AgencyRecognizer.Find(text);
        if (mentions.Count == 0)
        {
            return [];
        }
        var lead = new List<AgencyMention>();
        var support = new List<AgencyMention>();
        var chains = Chains(text, mentions);
        var membership = Membership().Match(text) is { Success: true } list ? list.Index + list.Length : text.Length;
        var assigned = false;
        foreach (var chain in chains)
        {
            var assignedHere = assigned;
            assigned = false;
            if (chain[0].Start >= membership)
            {
                break; // "kiện toàn Ban Chỉ đạo …, bao gồm: Trưởng Ban là Chủ tịch UBND tỉnh; …": members, not doers
            }
            var before = text[..chain[0].Start];
            var after = text[Math.Min(text.Length, chain[^1].End)..];
            if (before.TrimEnd().EndsWith('('))
            {
                if ((StrongLeadAfter().IsMatch(after) || BracketEnd().IsMatch(after)) && ClosesTheItem(after))
                {
                    lead.AddRange(chain); // "… (Sở Y tế chủ trì, phối hợp với …; năm 2026).", "… (Sở Văn hóa, Thể thao và Du lịch, UBND các xã; thường xuyên)."
                }
                continue; // other names in brackets explain or list, they are not the doer
            }
            if (chain[0].Written.StartsWith("Lãnh đạo ", StringComparison.Ordinal) && IsSubjectPosition(before) && !StrongLeadAfter().IsMatch(after))
            {
                continue; // "- Lãnh đạo Ủy ban MTTQ tỉnh tuyên truyền …" under a party body: the verb, and the body led is no owner
            }
            if (Decides().IsMatch(after) && IsSubjectPosition(before))
            {
                continue; // "Chủ tịch UBND tỉnh thống nhất chủ trương; giao …", "Phó Thủ tướng kết luận như sau:": who decides is no owner
            }
            if (AssignsNext().IsMatch(after) && chain != chains[^1] && IsSubjectPosition(before))
            {
                assigned = true;
                continue; // "Ủy ban nhân dân tỉnh giao Sở Y tế …", "Phó Thủ tướng yêu cầu Bộ Tài chính …": who assigns is no owner
            }
            if (assignedHere && !SupportBefore().IsMatch(before))
            {
                lead.AddRange(chain);
            }
            else if (OwnerOpener().IsMatch(before) && HeadingEnd().IsMatch(after))
            {
                lead.AddRange(chain); // "3. Trách nhiệm của Sở Nội vụ:", "a) Đối với Sở Y tế:" over the items of that body
            }
            else if (SupportBefore().IsMatch(before))
            {
                support.AddRange(chain);
            }
            else if (ObjectBefore().IsMatch(before))
            {
                continue; // "tham mưu UBND tỉnh", "trình HĐND tỉnh", "gửi Sở Nội vụ": the addressee, not an owner
            }
            else if (IsSubjectPosition(before)
                || LeadAfter().Match(after) is { Success: true } leadAfter && (!leadAfter.Groups["colon"].Success || IsLeadInName(before, chain[0]))
                    && !IsObjectGroup(before, chain[0], after))
            {
                lead.AddRange(chain);
            }
        }
        lead = WithSharedPlace(lead);
        var owners = new List<Owner>();
        foreach (var mention in lead)
        {
            Add(owners, mention.Canonical, Owner.Lead);
        }
        foreach (var mention in support)
        {
            Add(owners, mention.Canonical, Owner.Support);
        }
        return owners;
    }

    /// <summary>"Huyện ủy, UBND huyện Nam Trà My": a bare party committee shares the place of the body named with it.</summary>
    private static List<AgencyMention> WithSharedPlace(List<AgencyMention> mentions)
    {
        var result = mentions.ToList();
        for (var i = 0; i + 1 < result.Count; i++)
        {
            if (BareCommittee().Match(result[i].Canonical) is { Success: true } bare
                && PlaceOfLevel().Match(result[i + 1].Canonical) is { Success: true } place && place.Groups["level"].Value == bare.Groups["level"].Value.ToLowerInvariant())
            {
                result[i] = result[i] with { Canonical = $"{result[i].Canonical} {place.Groups["name"].Value}" };
            }
        }
        return result;
    }

    [GeneratedRegex(@"^(?<level>Huyện|Tỉnh|Thị|Thành) ủy$")]
    private static partial Regex BareCommittee();

    [GeneratedRegex(@"(?<level>huyện|tỉnh|thị|thành)(?: xã| phố)? (?<name>\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3})$")]
    private static partial Regex PlaceOfLevel();

    private static void Add(List<Owner> owners, string name, string role)
    {
        if (!owners.Any(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)) && !IsVague(name, role))
        {
            owners.Add(new Owner(name, role));
        }
    }

    /// <summary>Vague partners ("các cơ quan có liên quan") are left out; a vague lead stays.</summary>
    private static bool IsVague(string name, string role) => role == Owner.Support && VaguePartner.Is(name);

    /// <summary>Groups mentions separated only by commas, semicolons, "và", "với".</summary>
    private static List<List<AgencyMention>> Chains(string text, IReadOnlyList<AgencyMention> mentions)
    {
        var chains = new List<List<AgencyMention>> { new() { mentions[0] } };
        for (var i = 1; i < mentions.Count; i++)
        {
            // Members of one expanded list share a span: they belong to the same chain.
            var gap = mentions[i].Start < mentions[i - 1].End ? "" : text[mentions[i - 1].End..mentions[i].Start];
            if (ChainGap().IsMatch(gap))
            {
                chains[^1].Add(mentions[i]);
            }
            else
            {
                chains.Add([mentions[i]]);
            }
        }
        return chains;
    }

    private static bool IsSubjectPosition(string before) => SubjectLead().IsMatch(before);

    /// <summary>
    /// "Các sở, ban, ngành; UBND các huyện:" leads the items after it; a lowercase name ending a longer clause before
    /// a colon ("nâng cao chất lượng nguồn nhân lực các đơn vị sự nghiệp công lập: …") is its object.
    /// </summary>
    private static bool IsLeadInName(string before, AgencyMention first) =>
        char.IsUpper(first.Written[0])
        || before[(before.LastIndexOfAny(['.', ';', ':', '\n']) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4;

    /// <summary>
    /// A lowercase group right after a word, mid-clause, is an object even before a verb ("phục vụ chung các cơ quan
    /// tham mưu, giúp việc"), unless the verb assigns the lead ("… các sở chủ trì").
    /// </summary>
    private static bool IsObjectGroup(string before, AgencyMention first, string after) =>
        char.IsLower(first.Written[0]) && WordBefore().IsMatch(before) && !StrongLeadAfter().IsMatch(after);

    [GeneratedRegex(@"\p{L}\s+$")]
    private static partial Regex WordBefore();

    /// <summary>The bracket the names stand in is the last thing of the item: "(…; thường xuyên)."</summary>
    private static bool ClosesTheItem(string after)
    {
        var close = after.IndexOf(')');
        return close >= 0 && after.IndexOf('(') is var open && (open < 0 || open > close) && TrailingPunctuation().IsMatch(after[(close + 1)..]);
    }

    [GeneratedRegex(@"^\s*[;)]")]
    private static partial Regex BracketEnd();

    [GeneratedRegex(@"^[\s.;,/]*$")]
    private static partial Regex TrailingPunctuation();

    [GeneratedRegex(@"^\s*(?:[-+•]\s*)?Về\s[^:]{3,400}:")]
    private static partial Regex Topic();

    [GeneratedRegex(@"^\s*(?:chủ trì|chịu trách nhiệm|có trách nhiệm|là cơ quan)", RegexOptions.IgnoreCase)]
    private static partial Regex StrongLeadAfter();

    /// <summary>The names are followed by the verb that hands the work to the next names: "giao", "yêu cầu", "đề nghị", "phân công".</summary>
    [GeneratedRegex(@"^\s*(?:giao(?:\s+cho)?|yêu cầu|đề nghị|phân công)\s+(?:đồng chí\s+|Giám đốc\s+|Thủ trưởng\s+|Chủ tịch\s+|Bộ trưởng\s+)?(?=\p{Lu}|các\s|UBND)")]
    private static partial Regex AssignsNext();

    [GeneratedRegex(@"^\s*(?:\p{Lu}[\p{L}\s]{0,30}?\s)?(?:không\s+)?(?:thống nhất(?!\s+(?:lãnh đạo|quản lý|chỉ đạo|thực hiện|với|triển khai))|đồng ý|chấp thuận|kết luận|ghi nhận|hoan nghênh|biểu dương)(?![\p{L}])")]
    private static partial Regex Decides();

    [GeneratedRegex(@"^\s*(?:[-+•]\s*)?(?:(?:\d+(?:\.\d+)*|[a-zđ])[.)]\s*)?(?:(?:[Tt]rách nhiệm|[Nn]hiệm vụ)(?: cụ thể)? của|[Đđ]ối với|[Vv]ề phía)\s*$")]
    private static partial Regex OwnerOpener();

    /// <summary>Nothing but the colon of a heading, or nothing at all, after the names.</summary>
    [GeneratedRegex(@"^\s*[:.]?\s*$")]
    private static partial Regex HeadingEnd();

    [GeneratedRegex(@"(?i)(?:^|[.;:\n]\s*)(?:[-+•]\s*)?(?:(?:định kỳ|hằng|hàng)\s[^;:.()]{0,30}(?:\([^)]*\))?,?\s*)?(?:(?:đối với[^,]{0,80},\s*)|(?:(?:trường hợp|nếu|khi|sau khi|trên cơ sở)\s[^,;:.]{0,80},\s*)|(?:(?:trong\s+)?thời gian tới|sắp tới|từ nay đến cuối năm|năm \d{4}),\s*|(?:giao(?:\s+cho)?|đề nghị|yêu cầu|phân công|do|trong đó,?|căn cứ[^,]{0,80},\s*|theo chức năng[^,]{0,40},\s*)\s*)*$")]
    private static partial Regex SubjectLead();

    [GeneratedRegex(@"(?i)phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+(?:với|cùng))?\s*(?:các\s+)?(?:lực lượng\s+)?$|chủ\s+trì,?\s+cùng(?:\s+với)?\s+$|phối\s+hợp(?:\s+chặt\s+chẽ)?(?:,\s*hỗ\s+trợ)?(?:\s+(?:với|cùng))?\s+[^.;:]{0,40}?(?:,|\svà)\s*$")]
    private static partial Regex SupportBefore();

    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?(?!,\s*tổ chức\b),?\s*(?:là\s+(?:cơ quan\s+)?(?:đầu mối|thường trực)|chủ trì|chịu trách nhiệm|có trách nhiệm|tham mưu|thực hiện|triển khai|chủ động|xây dựng|tổ chức|hướng dẫn|theo dõi|đôn đốc|tổng hợp|rà soát|tiếp tục|phối hợp|nghiên cứu|kiểm tra|bố trí|quán triệt|lãnh đạo|chỉ đạo|:(?<colon>))", RegexOptions.IgnoreCase)]
    private static partial Regex LeadAfter();

    [GeneratedRegex(@"(?i)(?:(?:bao gồm|gồm có|gồm)\s*:|giữa|trong|sắp xếp(?: lại)?|giải thể|thành lập|hợp nhất|sáp nhập|tham mưu(?: cho)?|đề xuất(?: với)?|trình|báo cáo(?: về)?|gửi(?: về)?|qua|kiến nghị|xin ý kiến|của|thuộc|cho|tới|đến|với|về|giúp|đôn đốc|hướng dẫn|kiểm tra|theo dõi|hỗ trợ|giám sát|chỉ đạo|lãnh đạo)\s*$|(?:chỉ đạo|lãnh đạo)\s+[^.;:]{0,40}?,\s*$|(?:báo cáo|trình|gửi(?: về)?)\s+(?:Ban Chỉ đạo|Ủy ban|UBND|Bộ|Thủ tướng|Chính phủ|Hội đồng)[^.;:]{0,60}?,\s*$")]
    private static partial Regex ObjectBefore();

    /// <summary>The colon that opens the list of a body's members.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:bao gồm|gồm có|gồm)\s*:")]
    private static partial Regex Membership();

    [GeneratedRegex(@"^\s*(?:,|;|và|với|cùng|,\s*và)?\s*$")]
    private static partial Regex ChainGap();
}
