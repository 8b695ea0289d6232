using System.Text.RegularExpressions;
using Ingest.Core.Extraction;

namespace Ingest.Extraction.Targets;

/// <summary>
/// Reads the quantified goals of a sentence, one per number: value (Vietnamese decimals), unit ("%" or the counted
/// thing), metric (the measured noun phrase), direction (giảm / tăng / reach), comparator (tối thiểu, ít nhất,
/// trên, ≥ → at_least; tối đa, không quá, dưới → at_most; khoảng, bình quân → about), baseline ("so với năm 2015")
/// and due ("đến năm 2025", or the governing heading's).
/// </summary>
public static partial class TargetParser
{
    public static IReadOnlyList<TargetItem> Parse(string text, string? inheritedDue)
    {
        var targets = new List<TargetItem>();
        foreach (Match number in Quantity().Matches(text))
        {
            var value = VietnameseNumber.Parse(number.Groups["value"].Value);
            if (value is null || IsNotAGoal(text, number) || (value is >= 1900 and <= 2100 && !number.Groups["percent"].Success && !IsQuantity(number))
                || FromLevel().IsMatch(text, number.Index + number.Length) || UnitEndsInChange().IsMatch(number.Groups["unit"].Value))
            {
                continue; // "từ 15% xuống 10%": the level it starts from is no goal
            }
            var clause = ClauseAround(text, number.Index, number.Index + number.Length);
            var before = FromLevelBefore().Replace(text[clause.Start..number.Index], "");
            var after = text[(number.Index + number.Length)..clause.End];
            var unit = number.Groups["percent"].Success ? "%" : MeasureWord().Match(number.Groups["unit"].Value.Trim()) is { Success: true } measure ? measure.Value : number.Groups["unit"].Value.Trim();
            targets.Add(new TargetItem
            {
                Text = text[clause.Start..clause.End].Trim(),
                Metric = Metric(before, after, unit),
                Direction = DirectionOf(before),
                Comparator = number.Groups["max"].Success ? "at_least" : ComparatorOf(before, after),
                Value = value,
                ValueMax = number.Groups["max"].Success ? VietnameseNumber.Parse(number.Groups["max"].Value) : null,
                Unit = unit,
                Baseline = BaselineOf(after),
                // A due named later in the item ("… Phấn đấu đến năm 2030 …") is not the due of the goals before it.
                Due = DueOf(text[clause.Start..clause.End]) ?? BareDueOf(text[clause.Start..number.Index]) ?? inheritedDue ?? BareDueOf(text[clause.Start..clause.End]) ?? DueOf(text[..clause.End]),
            });
        }
        return targets;
    }

    /// <summary>The due year a heading or a sentence names: "Đến năm 2025", "giai đoạn 2021 - 2025" → "2025".</summary>
    public static string? DueOf(string text)
    {
        // "Chậm nhất đến ngày 31/12/2025, 100% …": a full date when one is given.
        if (DateDue().Match(text) is { Success: true } date
            && DateOnly.TryParseExact($"{date.Groups["y"].Value}-{int.Parse(date.Groups["m"].Value):D2}-{int.Parse(date.Groups["d"].Value):D2}", "yyyy-MM-dd", out var day))
        {
            return day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
        // "đến hết Quý III/2025": the last day of the quarter.
        if (QuarterDue().Match(text) is { Success: true } quarter)
        {
            var q = quarter.Groups["q"].Value switch { "I" => 1, "II" => 2, "III" => 3, _ => 4 };
            var year = int.Parse(quarter.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return new DateOnly(year, q * 3, 1).AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
        var m = DuePattern().Match(text);
        return m.Success ? (m.Groups["to"].Success ? m.Groups["to"].Value : m.Groups["year"].Value) : null;
    }

    /// <summary>"… kế hoạch vốn đầu tư công năm 2025": a year named inside the goal's clause, not a baseline or a start.</summary>
    private static string? BareDueOf(string clause)
    {
        var bare = BareDueYear().Match(clause);
        return bare.Success ? bare.Groups["year"].Value : null;
    }

    private static bool IsNotAGoal(string text, Match number)
    {
        var before = text[Math.Max(0, number.Index - 12)..number.Index];
        // "còn 1,7 lần": a count of times with a decimal part is a ratio, a goal like any other.
        var ratio = number.Groups["value"].Value.Contains(',') && number.Groups["unit"].Value.Trim() == "lần";
        return NotGoalBefore().IsMatch(before) || (!number.Groups["percent"].Success && !ratio && NotGoalUnit().IsMatch(number.Groups["unit"].Value))
            || (!number.Groups["percent"].Success && WorkCountBefore().IsMatch(text[Math.Max(0, number.Index - 20)..number.Index]))
            || CurrentState().IsMatch(SentenceBefore(text, number.Index));
    }

    /// <summary>The sentence up to <paramref name="index"/>: from the last full stop (not a decimal point) before it.</summary>
    private static string SentenceBefore(string text, int index)
    {
        var start = index;
        while (start > 0 && !(text[start - 1] == '.' && !(start > 1 && char.IsDigit(text[start - 2]) && start < text.Length && char.IsDigit(text[start]))))
        {
            start--;
        }
        return text[start..index].TrimStart();
    }

    /// <summary>The sentence part around a number: between ";", "." (not a decimal point) or ":".</summary>
    private static (int Start, int End) ClauseAround(string text, int start, int end)
    {
        var s = start;
        while (s > 0 && !IsBoundary(text, s - 1))
        {
            s--;
        }
        var e = end;
        while (e < text.Length && !IsBoundary(text, e))
        {
            e++;
        }
        return (s, e);
    }

    private static bool IsBoundary(string text, int i) =>
        text[i] is ';' or ':' || (text[i] == '.' && !(i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])));

    private static string? Metric(string before, string after, string unit)
    {
        // "Sở Y tế tổ chức 02 hội nghị, phấn đấu tỷ lệ cán bộ … chiếm tỷ lệ ít nhất 65%": a goal added to the work
        // after a comma starts at its cue.
        var cue = before.LastIndexOf("phấn đấu", StringComparison.OrdinalIgnoreCase);
        if (cue > 0 && before[..cue].TrimEnd().EndsWith(','))
        {
            before = before[cue..];
        }
        before = ShareVerbAtEnd().Replace(before, " ");
        var following = MetricAfter().Match(after);
        var followingText = following.Success ? following.Groups["metric"].Value.Trim() : FirstWords(after, 20);
        if (unit == "%" && followingText.Split(' ').Length >= 2 && !TimeOrVerbFirst().IsMatch(followingText) && !Denominator().IsMatch(followingText))
        {
            return followingText;
        }
        var leading = MetricBefore().Match(before);
        var ofTotal = unit == "%" && Denominator().IsMatch(followingText);
        // The metric is the measured thing, without the verb: "giảm tỷ lệ hộ nghèo" → "tỷ lệ hộ nghèo".
        var leadingMetric = leading.Success
            ? TrailingFrom().Replace(LeadingVerb().Replace(leading.Groups["metric"].Value.Trim(' ', ','), ""), "")
            : "";
        if (leadingMetric.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 1 && unit != "%" && !unit.Contains('/')
            && followingText.Length > 0 && !TimeOrVerbFirst().IsMatch(followingText))
        {
            // "Có ít nhất 3 doanh nghiệp được công nhận": one verb before the number; the counted thing is the metric.
            return $"{unit} {followingText}";
        }
        if (leadingMetric.Length > 0)
        {
            // "giải ngân 100% kế hoạch vốn …": the share and what it is a share of.
            return ofTotal ? $"{leadingMetric} {followingText}" : leadingMetric;
        }
        return followingText.Length > 0 && !TimeOrVerbFirst().IsMatch(followingText) ? followingText : null;
    }

    private static string FirstWords(string text, int count) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count)).Trim(' ', ',');

    private static string DirectionOf(string before)
    {
        // "…, tăng bình quân hằng năm đạt 10 - 13%": "đạt" gives the size of the change its part of the clause names.
        var part = before[(before.LastIndexOf(',') + 1)..];
        var verbs = DirectionVerb().Matches(part);
        var verb = verbs.LastOrDefault(v => !v.Value.Equals("đạt", StringComparison.OrdinalIgnoreCase))
            ?? DirectionVerb().Matches(before).LastOrDefault();
        return verb?.Value.ToLowerInvariant() switch
        {
            "giảm" => "decrease",
            "tăng" => "increase",
            _ => "reach",
        };
    }

    private static string ComparatorOf(string before, string after)
    {
        // The cues within three words of the number; a bound ("tối thiểu bình quân giảm 10%", "bình quân không dưới
        // 25") outranks an average.
        var near = before.Length > 40 ? before[^40..] : before;
        // "trên"/"hơn" are bounds only right before the number: "trên thành phố và 100%" is a place.
        var cues = ComparatorCue().Matches(near)
            .Where(c => WordsAfter().IsMatch(near[(c.Index + c.Length)..])
                && !(c.Value.ToLowerInvariant() is "trên" or "hơn" && near[(c.Index + c.Length)..].Trim().Length > 0))
            .ToList();
        var bound = cues.LastOrDefault(c => !c.Groups["about"].Success);
        if (bound is not null)
        {
            return bound.Groups["least"].Success ? "at_least" : "at_most";
        }
        if (cues.Count > 0)
        {
            return "about";
        }
        return AtLeastAfter().IsMatch(after) ? "at_least" : "exactly";
    }

    private static string? BaselineOf(string after)
    {
        var m = Baseline().Match(after);
        if (!m.Success)
        {
            return null;
        }
        return m.Groups["to"].Success ? $"{m.Groups["from"].Value}-{m.Groups["to"].Value}" : m.Groups["from"].Success ? m.Groups["from"].Value : m.Groups["other"].Value.Trim();
    }

    [GeneratedRegex(@"(?<![\d/.,-])(?<value>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\s*[-–]\s*(?<max>\d+(?:,\d+)?))?(?:\s*(?<percent>%)|(?<unit>/\d{1,3}(?:\.\d{3})+\s+\p{Ll}+(?:\s(?!" + UnitStop + @"(?!\p{L}))\p{Ll}+){0,4})|\s+(?<unit>(?:tỷ đồng|triệu đồng|triệu USD|tỷ USD|nghìn tỷ đồng|\p{Ll}+(?:\s+\p{Ll}+){0,2}(?=/)|\p{Ll}+(?:\s+(?!" + UnitStop + @"(?!\p{L}))\p{Ll}+)?)(?:/(?:\d{1,3}(?:\.\d{3})*\s)?\p{Ll}+(?:\s(?!" + UnitStop + @"(?!\p{L}))\p{Ll}+){0,4})?))")]
    private static partial Regex Quantity();

    /// <summary>Words that end a unit: "1,7 lần vào năm 2025", "12.000 người mỗi năm", "10 ca/1.000 phụ nữ trong …".</summary>
    private const string UnitStop = "(?:vào|năm|trong|đến|và|của|tại|so|trở|trên|dưới|đạt|tăng|giảm|được|mỗi|hằng|hàng|thuộc)";

    [GeneratedRegex(@"(?i)(?:số|điều|khoản|mục|năm|ngày|tháng|quý|lần thứ|khóa|khoá|giai đoạn|tại|nghị định|thông tư)\s*$")]
    private static partial Regex NotGoalBefore();

    [GeneratedRegex(@"^(?:năm|tháng|ngày|quý|giờ|phút|lần|điều|khoản|mục|tuổi|người dân|giai đoạn|nhiệm vụ|nội dung|giải pháp|cấp|bước|tiêu chí|loại|nhóm|đồng chí|thành viên|văn bản|kế hoạch|chương trình|đề án|dự án thành phần|và|hoặc|của|các|có|là|được|để|cho|tại|trên|trong|với|từ|đến|theo|về)\b")]
    private static partial Regex NotGoalUnit();

    [GeneratedRegex(@"^\s*(?:(?:các|số|những)\s+)?(?<metric>[\p{L}\d][^;:.()]{2,200}?)(?=\s*,?\s+(?:so với|đến năm|đến hết|vào năm|trong năm|trở lên|năm \d|phấn đấu|và \d|tăng \d|giảm \d)|\s*,\s*(?:tăng|giảm|đạt|và)\b|\s*[;:.()]|$)")]
    private static partial Regex MetricAfter();

    [GeneratedRegex(@"(?i)(?:phấn đấu(?:\s+(?:trong|đến(?: hết)?)\s+năm \d{4},?)?|đến (?:hết )?năm \d{4},?|năm \d{4},?|(?:hằng|hàng) năm,?|chỉ tiêu \d+:|^)\s*(?<metric>[^;:]*?)\s*(?:đến (?:hết )?năm \d{4}\s*)?(?:dự kiến\s*)?(?:(?:đạt|là|chiếm|ở mức|còn|tăng|giảm|xuống|lên|từ|duy trì|trên|không dưới|không thấp hơn|không vượt quá|dưới|tối thiểu|ít nhất|khoảng|bình quân|không quá|tối đa|≥|≤|>|<)\s*)*(?:mức\s*)?$")]
    private static partial Regex MetricBefore();

    /// <summary>"150 ha sâm Ngọc Linh", "45 xã vùng đồng bào": a measure of one word is the whole unit.</summary>
    [GeneratedRegex(@"^(?:ha|km|tấn|kg|lít|xã|hộ|bậc|MW|Mbps|GB|m2|m3)(?=\s+\p{Ll})")]
    private static partial Regex MeasureWord();

    [GeneratedRegex(@"(?i)^(?:từ|đến|trong|vào|trở lên|so với|năm|hằng|hàng|mỗi)\b")]
    private static partial Regex TimeOrVerbFirst();

    /// <summary>"đạt khoảng 2% GRDP", "đạt trên 95% kế hoạch": what the share is taken of; the metric stands before the number.</summary>
    [GeneratedRegex(@"^(?:GRDP|GDP|kế hoạch|dự toán|tổng (?:số|chi|thu|vốn|mức))(?![\p{L}])")]
    private static partial Regex Denominator();

    [GeneratedRegex(@"(?i)(?<![\p{L}])(?:giảm|tăng(?!\s+trưởng)|đạt)(?![\p{L}])")]
    private static partial Regex DirectionVerb();

    [GeneratedRegex(@"(?i)(?<![\p{L}])(?:(?<least>tối thiểu|ít nhất|không dưới|không thấp hơn|trên|hơn|≥|>)|(?<most>tối đa|không quá|(?<!không\s)dưới|không vượt quá|≤|<)|(?<about>khoảng|bình quân|trung bình|xấp xỉ))(?![\p{L}])")]
    private static partial Regex ComparatorCue();

    [GeneratedRegex(@"^(?:\s+\p{Ll}+){0,3}\s*(?:mức\s*)?$")]
    private static partial Regex WordsAfter();

    [GeneratedRegex(@"^\s*(?:\S+\s+){0,8}?trở lên")]
    private static partial Regex AtLeastAfter();

    [GeneratedRegex(@"(?i)so với\s+(?:(?:năm|giai đoạn|cuối năm)\s+)?(?:(?<from>(?:19|20)\d{2})(?:\s*[-–]\s*(?<to>(?:19|20)\d{2}))?|(?<other>cùng kỳ[^,;.]{0,20}))")]
    private static partial Regex Baseline();

    [GeneratedRegex(@"(?i)(?<!(?:so với|từ|sau|trước|của|khóa|khoá|ngày)\s+(?:cùng kỳ\s+)?)(?<![\d/%]\s*)năm\s+(?<year>(?:19|20)\d{2})(?!\s*[-–]\s*(?:19|20)\d{2})(?![^;:.]*\bso với\b)")]
    private static partial Regex BareDueYear();

    [GeneratedRegex(@"(?i)(?:đến|tới|vào|trong)\s+(?:hết\s+|cuối\s+)?năm\s+(?<year>(?:19|20)\d{2})|(?<!so với\s+)giai đoạn\s+(?:(?:19|20)\d{2})\s*[-–]\s*(?<to>(?:19|20)\d{2})|^(?:riêng\s+|trong\s+)?(?:năm)\s+(?<year>(?:19|20)\d{2})|phấn đấu\s+(?:trong\s+)?năm\s+(?<year>(?:19|20)\d{2})")]
    private static partial Regex DuePattern();

    [GeneratedRegex(@"(?i)(?:đến|trước|chậm nhất(?:\s+(?:là|đến|vào))?|hoàn thành(?:\s+(?:trước|trong|vào))?)\s+ngày\s+(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>(?:19|20)\d{2})")]
    private static partial Regex DateDue();

    [GeneratedRegex(@"(?i)(?:đến|trước|trong|chậm nhất)(?:\s+(?:hết|cuối|là))?\s+quý\s+(?<q>IV|III|II|I)\s*(?:/|năm\s+)\s*(?<y>(?:19|20)\d{2})")]
    private static partial Regex QuarterDue();

    /// <summary>A sentence that states how things are now ("Hiện nay, tổng số trạm … khoảng 180 trạm"): a baseline, no goal.</summary>
    [GeneratedRegex(@"^(?:Hiện nay|Hiện tại|Đến nay|Tính đến nay|Tính đến thời điểm hiện tại)\b")]
    private static partial Regex CurrentState();

    /// <summary>After a number: "xuống 10%", "lên còn 5%" — the number was the level a change starts from.</summary>
    [GeneratedRegex(@"\G\s*(?:%\s*)?(?:(?:vào\s+)?(?:cuối\s+)?năm\s+\d{4}\s+)?(?:xuống|lên)\s+(?:còn\s+|mức\s+|trên\s+|dưới\s+|khoảng\s+)?\d")]
    private static partial Regex FromLevel();

    /// <summary>"từ 15% xuống " before the goal's number: not part of its metric.</summary>
    [GeneratedRegex(@"\s*từ\s+[\d.,]+\s*(?:%|[^;:]{1,40}?)?\s*(?:xuống|lên)(?:\s+còn|\s+mức|\s+trên|\s+dưới|\s+khoảng)?\s*$")]
    private static partial Regex FromLevelBefore();

    /// <summary>"2.000 tấn" is an amount, not the year 2000: a thousands dot or a unit says so.</summary>
    private static bool IsQuantity(Match number) =>
        number.Groups["value"].Value.Contains('.', StringComparison.Ordinal) || number.Groups["unit"].Value.Trim().Length > 0;

    /// <summary>"từ 23 ca sinh/1.000 phụ nữ xuống 18 …": the unit read after the first number ran into the change.</summary>
    [GeneratedRegex(@"\s(?:xuống|lên)\s*$")]
    private static partial Regex UnitEndsInChange();

    [GeneratedRegex(@"(?i)^(?:giảm|tăng(?!\s+trưởng)|nâng(?!\s+cao)|hạ|đạt)(?:\s+(?:thêm|xuống|lên))?\s+")]
    private static partial Regex LeadingVerb();

    /// <summary>"tăng trưởng từ 5 - 7%": the "từ" of a range is not part of the metric.</summary>
    [GeneratedRegex(@"(?i)\s+từ$")]
    private static partial Regex TrailingFrom();

    /// <summary>A count of the work itself: "tổ chức 02 hội nghị", "thành lập 03 Chi nhánh" (annotation notes).</summary>
    [GeneratedRegex(@"(?i)(?:tổ chức|thành lập|mở|xây dựng|ban hành|biên soạn|phát hành|cử|lựa chọn|chọn|triển khai)\s+(?:thêm\s+|ít nhất\s+|tối thiểu\s+)?$")]
    private static partial Regex WorkCountBefore();

    /// <summary>"… chiếm tỷ lệ ít nhất": the verb of a share, not part of the metric.</summary>
    [GeneratedRegex(@"(?i)\s+chiếm(?:\s+tỷ\s+lệ)?(?=\s+(?:ít nhất|tối thiểu|tối đa|khoảng|trên|dưới|không quá)?\s*$)")]
    private static partial Regex ShareVerbAtEnd();
}
