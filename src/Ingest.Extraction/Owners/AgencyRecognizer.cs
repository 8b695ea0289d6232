using System.Text.RegularExpressions;

namespace Ingest.Extraction.Owners;

/// <summary>
/// Finds agency names in a sentence: a head word (Sở, Ban, Ủy ban, UBND, Bộ, Công an, Tỉnh ủy, các sở, ...)
/// and the words after it up to a verb or a clause boundary. A comma or "và" continues the name when what follows
/// belongs to it ("Sở Văn hóa, Thể thao và Du lịch", "các sở, ban, ngành") and starts a new name when a new head
/// word follows ("Sở Y tế, Sở Tài chính").
/// </summary>
public static partial class AgencyRecognizer
{
    private const int MaxWords = 16;

    public static IReadOnlyList<AgencyMention> Find(string text)
    {
        var mentions = new List<AgencyMention>();
        var position = 0;
        while (position < text.Length)
        {
            var head = Head().Match(text, position);
            if (!head.Success)
            {
                break;
            }
            var described = DescribedGroup().Match(text, head.Index);
            var byGroup = described.Success && described.Index == head.Index;
            var subjectLength = byGroup ? 0 : DescribedSubjectLength(text, head);
            var end = byGroup
                ? head.Index + described.Length
                : subjectLength > 0
                    ? head.Index + subjectLength
                    : ExtendName(text, head.Index + head.Length, IsGroup(head.Value), head.Value);
            var written = text[head.Index..end].TrimEnd(' ', ',', ';');
            var canonical = AgencyNames.Canonical(written, described: subjectLength > 0);
            if (IsAgency(canonical))
            {
                var expanded = MemberLists.Expand(text, new AgencyMention(head.Index, head.Index + written.Length, written, canonical));
                mentions.AddRange(expanded);
                end = Math.Max(end, expanded[^1].End);
            }
            position = Math.Max(end, head.Index + head.Length);
        }
        return mentions;
    }

    /// <summary>
    /// A sentence that opens with a group described at length and its duty ("Các đơn vị cấp nước sạch trên địa bàn
    /// thành phố có trách nhiệm", "Các tổ chức, cá nhân và hộ gia đình khai thác … có trách nhiệm"): the whole subject
    /// names the owner, verbs of its description included. Returns its length, or 0 when the group is not such a subject.
    /// </summary>
    private static int DescribedSubjectLength(string text, Match head)
    {
        if (!head.Value.StartsWith("Các ", StringComparison.Ordinal) || !IsSentenceStart(text, head.Index))
        {
            return 0;
        }
        var subject = DescribedSubject().Match(text, head.Index);
        return subject.Success && !SubjectBreak().IsMatch(subject.Value) ? subject.Length : 0;
    }

    /// <summary>Only punctuation, list numbering or "Đề nghị"/"Giao" stand before the group in its sentence.</summary>
    private static bool IsSentenceStart(string text, int at) => LineOpening().IsMatch(text.AsSpan(0, at));

    private static int ExtendName(string text, int position, bool group, string head)
    {
        var words = 0;
        var end = position;
        var listEnd = 0;
        var previous = "";
        foreach (Match token in Token().Matches(text[position..]))
        {
            var value = token.Value;
            var at = position + token.Index;
            if (at < listEnd)
            {
                continue;
            }
            if (text.AsSpan(end, at - end).Contains('\n') || (value == head && value is "Sở" or "Bộ" or "UBND") || (words > 0 && StartsJoinedName(text, position, at, value)))
            {
                break; // a new paragraph joined for reading starts a new sentence; "Sở Khoa học và Công nghệ Sở Công Thương" (cells joined) are two names
            }
            if (value is "." or ";" or ":" or "(" or ")" or "\"" or "“" or "”" or "–" && !(value == "–" && IsNameDash(text, at)))
            {
                break;
            }
            if (value is "," or "và" or "-" or "–")
            {
                var next = NextWord(text, at + value.Length);
                var rest = text[(at + value.Length)..].TrimStart();
                if (value == "," && head is "các ngành" or "Các ngành" && EveryLevel().Match(rest) is { Success: true } levels)
                {
                    end = text.Length - rest.Length + levels.Length; // "các ngành, các cấp": everyone, a vague partner
                    break;
                }
                if (value == "," && GenericGroupHead().IsMatch(head) && VagueGroupTail().Match(rest) is { Success: true } tail)
                {
                    // "các cơ quan, tổ chức, cá nhân có liên quan", "các Sở, Ban, ngành liên quan": one group of generic
                    // kinds, made vague by its last words. After "và" the vague words are a second group ("các sở,
                    // ban, ngành và cơ quan, đơn vị có liên quan"), and the first stays.
                    end = text.Length - rest.Length + tail.Length;
                    break;
                }
                if (value == "," && FieldListLength(rest) is > 0 and var length)
                {
                    listEnd = end = text.Length - rest.Length + length;
                    continue;
                }
                if (value == "," && NonStateHead().IsMatch(head) && NonStateParties().Match(rest) is { Success: true } parties)
                {
                    // "Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư": businesses and people named together are one group.
                    listEnd = end = text.Length - rest.Length + parties.Length;
                    continue;
                }
                if (value == "và" && head == "Văn phòng" && JointOfficeOfDelegation().IsMatch(text.AsSpan(position, at - position)))
                {
                    continue; // "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh": one office serves both
                }
                if (value == "và" && head is "Đảng ủy" or "Đảng uỷ" && FrontAndUnions().IsMatch(text[position..at]) && rest.StartsWith("các đoàn thể", StringComparison.Ordinal))
                {
                    continue; // "Đảng ủy Mặt trận Tổ quốc và các đoàn thể tỉnh": one party committee over the Front and the unions
                }
                if (value == "," && head.EndsWith("cấp ủy", StringComparison.OrdinalIgnoreCase) && rest.StartsWith("chính quyền", StringComparison.Ordinal))
                {
                    continue; // "cấp ủy, chính quyền các cấp": one group
                }
                if (value == "và" && PlacedField().Match(rest) is { Success: true } placed)
                {
                    listEnd = end = text.Length - rest.Length + placed.Length;
                    continue;
                }
                if (next is null || StartsNewName(text, at + value.Length, group) || !ContinuesName(next, rest, value)
                    || (value == "và" && VaguePartnerAfter().IsMatch(rest)))
                {
                    break;
                }
                continue;
            }
            if (Related().Match(text, at) is { Success: true } related && related.Index == at)
            {
                // "có liên quan" belongs to the name: it is what makes a partner vague.
                end = at + related.Length;
                break;
            }
            // Right after the head a capitalised word names the body ("Ủy ban Kiểm tra Tỉnh ủy"); later it starts the action.
            if (StopWord().IsMatch(text, at) || (words > 0 && CapitalisedStopWord().IsMatch(text, at)) || ++words > MaxWords
                || (char.IsLower(value[0]) && MayEndPlace(previous) && EndsWithPlace(text[position..at])))
            {
                break; // "… chi nhánh tỉnh Sơn La tư vấn": after the name of its place, a lowercase word is the action
            }
            end = at + value.Length;
            previous = value;
        }
        return end;
    }

    /// <summary>
    /// Names of one table cell joined by a space: "Sở Tài chính Các sở, ngành", "Ủy ban nhân dân xã, phường, đặc khu Sở
    /// Tài chính", "Bộ Tư lệnh Thành phố Công an Thành phố". "Các" and "Sở" never stand inside a name; after a name
    /// that ends with its place level, any head word starts the next.
    /// </summary>
    private static bool StartsJoinedName(string text, int nameStart, int at, string value) =>
        value is "Các" or "Sở"
        || (char.IsUpper(value[0]) && LevelBefore().IsMatch(text.AsSpan(nameStart, at - nameStart)) && Head().Match(text, at) is { Success: true } next && next.Index == at);

    /// <summary>
    /// "… chi nhánh tỉnh Sơn La", "Ban Quản lý Khu kinh tế tỉnh": a name that ends with its place (a named one, or the
    /// bare level of a single body) is complete, and a lowercase word after it starts the action.
    /// </summary>
    /// <summary>Only a capitalised word or the level word itself can end a place: the cheap test before the regexes.</summary>
    private static bool MayEndPlace(string previous) => previous.Length > 0 && (char.IsUpper(previous[0]) || previous is "tỉnh" or "phố");

    private static bool EndsWithPlace(string nameSoFar) =>
        PlaceNameBefore().IsMatch(nameSoFar)
        || (BareProvinceBefore().IsMatch(nameSoFar) && !nameSoFar.Contains(',') && !nameSoFar.Contains("các ", StringComparison.Ordinal));

    private static bool IsNameDash(string text, int at) =>
        NextWord(text, at + 1) is { } next && ContinuesName(next, text[(at + 1)..].TrimStart(), "-");

    private static bool ContinuesName(string next, string rest, string joiner) =>
        char.IsUpper(next[0]) || GroupWord().IsMatch(rest) || (joiner is "-" or "–" && char.IsLetter(next[0]));

    /// <summary>
    /// A lowercase list of fields that ends with "và" belongs to the name: "Trung tâm Xúc tiến đầu tư, thương mại và du
    /// lịch", "Các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa".
    /// </summary>
    private static int FieldListLength(string rest)
    {
        var list = FieldList().Match(rest);
        var hasStopWord = Word().Matches(list.Value).Any(w => w.Value != "và" && StopWord().Match(list.Value, w.Index) is { Success: true } stop && stop.Index == w.Index);
        var hasKindOfBody = ListItem().Split(list.Value).Any(item => GroupWord().IsMatch(item.Trim()));
        return list.Success && !hasStopWord && !hasKindOfBody ? list.Length : 0;
    }

    /// <summary>A group of generic kinds of body ("các đảng đoàn, ban cán sự đảng") continues with lowercase members.</summary>
    private static bool IsGroup(string head) => head.StartsWith("các ", StringComparison.OrdinalIgnoreCase) || head.Contains(" các ", StringComparison.Ordinal);

    /// <summary>
    /// A new head word starts a new name ("Sở Y tế, Sở Tài chính"); so does a lowercase "ban"/"sở" with its own name
    /// after a specific body ("Ban cán sự đảng UBND tỉnh, ban đảng tỉnh"), but neither does inside a group of generic
    /// kinds of body.
    /// </summary>
    private static bool StartsNewName(string text, int at, bool group)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        var head = Head().Match(text, at);
        return head.Success && head.Index == at && !(group && (char.IsLower(head.Value[0]) && !IsGroup(head.Value) || IsShortMember(text, at)));
    }

    /// <summary>A body named by one word pair between lowercase members of a group: "các đảng đoàn, ban cán sự đảng, Tỉnh đoàn, huyện ủy".</summary>
    private static bool IsShortMember(string text, int at)
    {
        var comma = text.IndexOf(',', at);
        if (comma < 0)
        {
            return false;
        }
        var next = NextWord(text, comma + 1);
        return ShortBody().IsMatch(text[at..comma].Trim()) && next is not null && char.IsLower(next[0]);
    }

    private static string? NextWord(string text, int at)
    {
        var m = Word().Match(text, at);
        return m.Success ? m.Value : null;
    }

    /// <summary>Rejects bare heads ("Ban", "Sở") and names that are only a title or a filler.</summary>
    private static bool IsAgency(string canonical) =>
        canonical.Contains(' ') && !NotAgency().IsMatch(canonical);

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:[Cc]ác\s+)?[Đđ]ồng chí\s+)?(?:(?:Giám đốc|Bộ trưởng|Thủ trưởng|Chủ tịch|Lãnh đạo|Người đứng đầu|Ủy viên|Uỷ viên|Phó Bí thư|Bí thư|bí thư|(?<=\svà\s)(?:lãnh đạo|thủ trưởng|người đứng đầu)(?=\s+các\s))(?:\s*,\s*|\s+và\s+|\s+))*(?:Ban cán sự đảng|Ban Thường vụ|ban thường vụ|BTV(?=\s+(?:Tỉnh|Thành|Huyện|Đảng))|Thường trực|Đảng đoàn|Đảng ủy|Đảng uỷ|(?:Ủy|Uỷ) ban kiểm tra|UBKT|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng nhân dân|Văn phòng|Công [Aa]n|Bộ Chỉ huy|Bộ Tư lệnh|Bộ đội|Bộ(?! trưởng)|Sở|Ban|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Mặt trận|MTTQ|Liên đoàn|Liên minh|Hiệp hội|Hội|Tỉnh đoàn|Thành đoàn|Đoàn|Kho bạc|Chi nhánh|Ngân hàng|Bảo hiểm xã hội|BHXH|Đài|Báo|Trường|Trung tâm|Tập đoàn|Tổng công ty|Công ty|(?<![-–]\s?)(?:Viễn thông|Điện lực|Bưu điện)(?=\s+(?:tỉnh|thành phố|\p{Lu}))|Viettel|VNPT|Thanh tra|Cục|Chi cục|Viện|Tòa án|Toà án|Thông tấn xã|EVN|Thuế|Hải quan|Kiểm toán|Cảng|Cổng [Tt]hông tin điện tử|Chính phủ|Thủ tướng|Phó Thủ tướng|Cơ quan|Lực lượng|lực lượng(?=\s+\p{Lu})(?!\s+Công an\s+(?:tỉnh|thành phố|Thành phố))|Doanh nghiệp|[Cc]ác (?:sở|Sở|ban|Ban|bộ|Bộ|cơ quan|đơn vị|doanh nghiệp|tổ chức|đoàn thể|Đoàn thể|huyện ủy|cấp ủy|ngành|địa phương|ngân hàng|Ngân hàng|chủ đầu tư|nhà đầu tư|đảng đoàn|ban cán sự|tập đoàn|Tập đoàn|trường|cơ sở|chủ (?:rừng|đập|hồ chứa|cơ sở|phương tiện|tàu|công trình|dự án|trang trại)|hội|Hội|hiệp hội|nhà mạng|nhà trường|xã|phường)|[Cc]ấp ủy|sở(?=,\s*(?:ban|ngành))|(?:(?<=,\s|\svà\s)(?:ban|sở|cơ quan)|(?<=[Pp]hối hợp\s|[Pp]hối hợp với\s)cơ quan)(?=\s+(?!ngành|đơn vị|liên quan|có liên quan)\p{Ll}))(?![\p{L}])(?!\s+(?:hợp|hành|nghị|thảo|cáo|kết|động|đầu)(?![\p{L}]))")]
    private static partial Regex Head();

    [GeneratedRegex(@"^(?:\p{Ll}+(?:\s\p{Ll}+){0,2}\s*,\s*)*(?:\p{Ll}+(?:\s\p{Ll}+){0,2}\s+)?và\s+\p{Ll}+(?:\s\p{Ll}+){0,2}(?=\s*(?:[,;:.()]|$|\s(?:chủ trì|phối hợp|thực hiện|tham mưu|có trách nhiệm|chịu trách nhiệm|triển khai|\p{Lu})))")]
    private static partial Regex FieldList();

    /// <summary>
    /// "Đảng ủy Cảnh sát Phòng cháy và chữa cháy tỉnh", "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ": a
    /// lowercase field after "và" that ends with the place, by its level or by its proper name (two capitalised words
    /// that do not start a body of their own).
    /// </summary>
    [GeneratedRegex(@"^(?!các\s|cơ quan|đơn vị|tổ chức|ủy ban|uỷ ban)\p{Ll}+(?:\s\p{Ll}+){0,2}\s(?:tỉnh|thành phố|(?!(?:Sở|Ban|Bộ|Ủy|Uỷ|UBND|Công|Hội|Văn|Trung|Cục|Chi|Đoàn|Đảng|Thành|Tỉnh|Huyện|Liên|Mặt|Kho|Ngân|Bảo|Viện|Trường|Tòa|Toà|Cơ|Lực)(?![\p{L}]))\p{Lu}\p{Ll}*\s\p{Lu}\p{Ll}*)(?![\p{L}])")]
    private static partial Regex PlacedField();

    /// <summary>
    /// A group named by what it was given ("Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này",
    /// "Các cơ quan, đơn vị được giao chủ trì", "các cơ quan phối hợp") up to its duty ("có trách nhiệm").
    /// </summary>
    [GeneratedRegex(@"\G[Cc]ác\s+(?:cơ quan|đơn vị|sở|ngành)(?:,\s*(?:cơ quan|đơn vị|sở|ban|ngành))*\s+(?:được\s+(?:giao|phân công)|phối hợp(?!\s+(?:với|cùng)))[^.;:()]{0,90}?(?=\s+(?:có trách nhiệm|chịu trách nhiệm))")]
    private static partial Regex DescribedGroup();

    [GeneratedRegex(@"\s*,\s*|\s+và\s+")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"(?<![\p{L}])(?:[Tt]hành phố|[Tt]ỉnh|đặc khu|xã|phường|huyện|quận)\s+$")]
    private static partial Regex LevelBefore();

    [GeneratedRegex(@"^(?:[Cc]ác\s+)?(?:[Dd]oanh nghiệp|tổ chức|nhà đầu tư)$")]
    private static partial Regex NonStateHead();

    /// <summary>Kinds of non-state party listed after businesses: "tổ chức, cá nhân có liên quan", "cộng đồng", "nhà đầu tư".</summary>
    [GeneratedRegex(@"^(?:(?:tổ chức|cá nhân|cộng đồng|hộ gia đình|người dân|hợp tác xã|nhà đầu tư|nhà khoa học|nhà cung cấp(?:\s[\p{L}\d]+){0,3}?(?=\s*(?:,|và|:|$|\s(?:có\s)?liên quan)))(?:\s*,\s*|\s+và\s+))*(?:tổ chức|cá nhân|cộng đồng|hộ gia đình|người dân|hợp tác xã|nhà đầu tư|nhà khoa học)(?:\s+(?:có\s+)?liên\s+quan)?(?![\p{L}])")]
    private static partial Regex NonStateParties();

    [GeneratedRegex(@"\GCác\s[^.;:()\n]{3,110}?(?=\s+(?:có|chịu)\s+trách\s+nhiệm(?![\p{L}]))")]
    private static partial Regex DescribedSubject();

    /// <summary>Words that end a subject: another party to the work, a purpose, a relation already read as "có liên quan".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:chủ trì|phối hợp|với|cùng|giao|đề nghị|yêu cầu|để|nhằm|liên quan(?!\s*$)|thực hiện|triển khai|(?:Sở|Bộ|Ban|Ủy ban|UBND)\s\p{Lu})(?![\p{L}])")]
    private static partial Regex SubjectBreak();

    [GeneratedRegex(@"(?:^|[.;:\n]|\*\*)\s*(?:\**\s*(?:\d+(?:\.\d+)*\.?|[a-zđ]\)|[-+•])\s*)?(?:\**\s*)?(?:Đề nghị|Giao)?\s*$")]
    private static partial Regex LineOpening();

    [GeneratedRegex(@"^(?:Tỉnh đoàn|Thành đoàn|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ)$")]
    private static partial Regex ShortBody();

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d&/.]*|[,.;:()""“”–-]")]
    private static partial Regex Token();

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d&/]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\G(?:Chủ trì|Phối hợp|Căn cứ|Thực hiện|Là cơ quan|Có trách nhiệm|Chịu trách nhiệm|Tham mưu|Chủ động|Tiếp tục|Triển khai|Xây dựng kế hoạch|Hướng dẫn|Theo dõi|Chỉ đạo|Đẩy mạnh|Tăng cường|Rà soát|Báo cáo|Tổng hợp|Phê duyệt|Kiểm tra|Nâng cao|Bảo đảm|Đảm bảo|Tuyên truyền|Quán triệt|Nghiên cứu|Đề xuất|Lãnh đạo|Tập trung|Khẩn trương|Thường xuyên|Định kỳ|Bố trí|Cung cấp|Hỗ trợ|Phổ biến|Giám sát|Theo|Trong|Đối với|Trên cơ sở)(?![\p{L}])")]
    private static partial Regex CapitalisedStopWord();

    /// <summary>"UBND các xã, phường và cơ quan, đơn vị có liên quan": the vague partners after "và" are a name of their own.</summary>
    [GeneratedRegex(@"^(?:các\s+)?(?:cơ quan|đơn vị|tổ chức|địa phương)[^.;:]{0,30}?liên\s+quan")]
    private static partial Regex VaguePartnerAfter();

    [GeneratedRegex(@"(?:có\s+)?liên\s+quan\b")]
    private static partial Regex Related();

    [GeneratedRegex(@"(?:Đoàn (?:đại biểu Quốc hội|ĐBQH)|ĐĐBQH|ĐBQH)\s*$")]
    private static partial Regex JointOfficeOfDelegation();

    [GeneratedRegex(@"(?<![\p{L}])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}\s+$")]
    private static partial Regex PlaceNameBefore();

    [GeneratedRegex(@"(?<![\p{L}])(?:tỉnh|thành phố)\s+$")]
    private static partial Regex BareProvinceBefore();

    [GeneratedRegex(@"^\s*(?:Mặt trận Tổ quốc(?: Việt Nam)?|MTTQ(?:VN)?)\s*$")]
    private static partial Regex FrontAndUnions();

    [GeneratedRegex(@"^các cấp(?![\p{L}])")]
    private static partial Regex EveryLevel();

    /// <summary>A head that is itself a generic kind of body: "các sở", "các cơ quan" (not "UBND các xã").</summary>
    [GeneratedRegex(@"^[Cc]ác (?:sở|Sở|ban|Ban|ngành|cơ quan|đơn vị|tổ chức|địa phương|đoàn thể|doanh nghiệp)$")]
    private static partial Regex GenericGroupHead();

    /// <summary>The rest of a comma list of generic kinds without "các" of their own, ending in "(có) liên quan".</summary>
    [GeneratedRegex(@"^(?:sở|Sở|ban|Ban|ngành|Ngành|cơ quan|đơn vị|tổ chức|cá nhân|địa phương|đoàn thể|doanh nghiệp)(?:(?:\s*,\s*)(?:sở|Sở|ban|Ban|ngành|cơ quan|đơn vị|tổ chức|cá nhân|địa phương|đoàn thể|doanh nghiệp))*\s+(?:có\s+)?liên\s+quan(?![\p{L}])")]
    private static partial Regex VagueGroupTail();

    [GeneratedRegex(@"^(?:(?:lãnh đạo|người đứng đầu|thủ trưởng)\s+(?:các\s+)?(?:cơ quan|đơn vị|sở|ngành|địa phương)|sở|ban|ngành|đoàn thể|địa phương|đơn vị|cơ quan|huyện|thị xã|thành phố|xã|phường|đặc khu|thị trấn|quận|thị ủy|thành ủy|huyện ủy|đảng ủy|tổ chức|doanh nghiệp|hội|đoàn|khu|cụm|báo chí|các)\b")]
    private static partial Regex GroupWord();

    [GeneratedRegex(@"\G(?:chủ trì|phối hợp|thực hiện|xây dựng(?! [Đđ]ảng)|(?<!,\s)tổ chức(?! chính trị| đảng| thành viên)|tổ chức(?=,?\s*(?:và\s+)?cá nhân)|triển khai|tham mưu|chịu trách nhiệm|có trách nhiệm|chủ động|tiếp tục|rà soát|hướng dẫn|kiểm tra|theo dõi|đôn đốc|tổng hợp|báo cáo|trình|ban hành|nghiên cứu|đề xuất|căn cứ|quán triệt|tuyên truyền|lãnh đạo(?!\s+(?:các\s+)?(?:cơ quan|đơn vị|sở|ngành|địa phương))|chỉ đạo|bố trí|đẩy mạnh|nâng cao|tăng cường|đảm bảo|bảo đảm|phát huy|vận động|giám sát|cung cấp|thẩm định|hoàn thành|hoàn thiện|là|có|được|cần|phải|để|nhằm|theo|trong|trên|về|(?<!vốn nhà nước )tại|gửi|qua|cho|khi|nếu|thì|đã|sẽ|đang|quan tâm|tập trung|khẩn trương|nghiêm túc|phổ biến|cập nhật|sắp xếp|tiếp nhận|giải quyết|(?<!phạm vi )quản lý|hỗ trợ|phát động|thường xuyên|định kỳ|kịp thời|xem xét|đánh giá|tham gia|ưu tiên|thống nhất|đầu mối|(?<!việc )làm|đề nghị|giao|yêu cầu|với|cùng|liên quan|có liên quan|sau|trước|từ|đến|tới|nhất là|đặc biệt|kể cả|trực tiếp|căn cứ|dựa|tích cực|chuẩn bị|(?<!công |thành )lập|thành(?= lập)|định hướng|cân đối|tư vấn|(?<![Nn]ghiên cứu )phát triển|kết luận|hoàn chỉnh|xác định|(?<![Xx]ây )dựng|ký|phê duyệt|điều chỉnh|sửa đổi|bổ sung|đề ra|đẩy|thu|chi(?! nhánh| cục)|mở|đưa|duy trì|khảo sát|thu thập|công bố|đăng|gắn|tăng|giảm|đạt|phấn đấu|bằng|thông qua|tiến hành|giúp|đối với|trong việc|nhằm|tích cực|vận hành|mua|bán|sử dụng|tiếp cận|áp dụng|hưởng ứng|tuân thủ|chấp hành|bàn giao|nhận|công khai|lồng ghép|kết nối|chia sẻ|(?<!các )cấp(?! (?:xã|huyện|tỉnh|thành phố|cơ sở|trung ương|ủy|uỷ|nước|thoát nước|điện))|phân bổ|huy động|xử lý|khắc phục|ngăn chặn|phòng(?=\s*,?\s*(?:chống|ngừa|tránh))|(?<!Phòng\s)chống|chưa|không|vẫn|đều|cũng|vào|ra|lên|xuống)(?![\p{L}])")]
    private static partial Regex StopWord();

    [GeneratedRegex(@"^(?:Ban chỉ đạo|Ban hành|Bộ phận|Cơ quan|Cơ quan chức năng|Cơ quan liên quan|Cơ quan, đơn vị|Trường hợp|Hội nghị|Hội thảo|Báo cáo|Trung tâm hành chính|Đoàn kiểm tra|Lực lượng chức năng|Văn phòng)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAgency();
}
