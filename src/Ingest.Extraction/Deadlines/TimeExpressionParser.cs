using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingest.Extraction.Deadlines;

/// <summary>
/// The grammar of Vietnamese time expressions in directives: năm, quý I–IV, 6 tháng đầu/cuối năm, tháng M/YYYY,
/// ngày D/M/YYYY, "trước", "chậm nhất", "trong", "từ … đến …", "giai đoạn 2026–2030", "và các năm tiếp theo",
/// and recurrence words. Dates that belong to cited documents ("Nghị quyết số 15-NQ/TU ngày 16/3/2018") and periods
/// that only describe a plan ("Đề án … giai đoạn 2026–2030") are not deadlines.
/// </summary>
public static partial class TimeExpressionParser
{
    /// <summary>Reads the time of an item or a governing line; null when it names none.</summary>
    public static TimeExpression? Parse(string text, int? documentYear = null, bool bareYears = false)
    {
        if (bareYears)
        {
            // A time column of a task table: "2026", "2026-2030", "Năm 2026".
            text = BareYear().Replace(text, "năm $1");
        }
        // "(2025 - 2026)", "xuyên suốt 2025 - 2035": a bare period written after the work.
        text = BareRange().Replace(text, "${lead}năm ${from} - năm ${to}");
        var recurrence = RecurrenceReader.Read(text);
        // "hằng năm (trước ngày 15/12)": a date without a year in a recurring report names no single due date.
        var periodic = recurrence is not null and not RecurrenceReader.Ongoing;
        var mentions = JoinRanges(text, FindMentions(text, periodic ? null : documentYear).ToList());
        if (mentions.Count == 0)
        {
            if (recurrence is not null)
            {
                return new TimeExpression(Clause(text, RecurrenceIndex(text)), null, null, recurrence);
            }
            // "định kỳ", "hằng ngày", "trong 10 ngày kể từ …": a time with no date; the annotation notes keep its text.
            var textOnly = TextOnlyTime().Match(text);
            return textOnly.Success ? new TimeExpression(Clause(text, textOnly.Index), null, null, null) : null;
        }
        var first = mentions[0];
        var start = mentions.FirstOrDefault(m => m.IsStart)?.Start;
        // The due is the first time that ends the work, preferring one named as a limit ("trước ngày …", "chậm nhất")
        // and one in the action over one in a leading topic ("Về điều chuyển số vốn … năm 2025: … trong Quý I năm 2026").
        var topicEnd = TopicLead().Match(text) is { Success: true } topic ? topic.Length : 0;
        var dueMention = mentions.Where(m => !m.IsStart)
            .OrderBy(m => m.Index < topicEnd)
            .ThenBy(m => !LimitWord().IsMatch(Before(text, m.Index, 24)))
            .ThenBy(m => m.Index)
            .FirstOrDefault();
        var due = dueMention?.Due;
        if (dueMention is not null)
        {
            start ??= dueMention.Start;
            first = mentions.Any(m => m.IsStart) ? first : dueMention;
        }
        if (ContinuingPattern().IsMatch(text) && !CompletionPattern().IsMatch(text))
        {
            // "Năm 2025 và các năm tiếp theo": the work starts then and has no end.
            start ??= mentions.FirstOrDefault(m => !m.IsStart)?.StartOfPeriod;
            due = null;
        }
        return new TimeExpression(Clause(text, first.Index), start, due, recurrence);
    }

    private sealed record Mention(int Index, string? Start, string? Due, bool IsStart, string? StartOfPeriod)
    {
        public int End { get; init; }
    }

    /// <summary>"Quý IV/2025 - Quý II/2026": the first of two periods joined by a dash or "đến" is the start.</summary>
    private static List<Mention> JoinRanges(string text, List<Mention> mentions)
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var between = text[mentions[i].End..mentions[i + 1].Index];
            if (!mentions[i].IsStart && RangeSeparator().IsMatch(between))
            {
                mentions[i] = mentions[i] with { IsStart = true, Start = mentions[i].StartOfPeriod, Due = null };
            }
        }
        return mentions;
    }

    private static IEnumerable<Mention> FindMentions(string text, int? documentYear)
    {
        foreach (var (m, mention) in MentionPattern().Matches(text).Select(m => (m, Read(m))))
        {
            if (mention is not null)
            {
                yield return mention with { End = m.Index + m.Length };
            }
        }

        Mention? Read(Match m)
        {
            if (IsCitation(text, m.Index) || IsObjectPeriod(text, m.Index) || BaselineBefore().IsMatch(Before(text, m.Index, 30)))
            {
                return null;
            }
            var before = Before(text, m.Index, 24);
            var isStart = StartWord().IsMatch(before);
            var isBefore = BeforeWord().IsMatch(before);
            var g = m.Groups;
            if (g["y1"].Success)
            {
                var y1 = Int(g["y1"]);
                var y2 = Int(g["y2"]);
                return new Mention(m.Index, y1.ToString(CultureInfo.InvariantCulture), Periods.EndOfYear(y2), false, y1.ToString(CultureInfo.InvariantCulture));
            }
            if (g["d"].Success)
            {
                var year = g["dy"].Success ? Int(g["dy"]) : documentYear;
                var iso = year is null ? null : Periods.Date(year.Value, Int(g["dm"]), Int(g["d"]));
                return iso is null ? null : new Mention(m.Index, isStart ? iso : null, isStart ? null : iso, isStart, iso);
            }
            if (g["mm"].Success)
            {
                var month = Int(g["mm"]);
                var year = Int(g["my"]);
                var startMonth = $"{year:D4}-{month:D2}";
                // "trước tháng 10 năm 2025" → the end of September, as "trước năm 2020" is the end of 2019.
                var due = isBefore ? (month == 1 ? Periods.EndOfYear(year - 1) : Periods.EndOfMonth(year, month - 1)) : Periods.EndOfMonth(year, month);
                return new Mention(m.Index, isStart ? startMonth : null, isStart ? null : due, isStart, startMonth);
            }
            if (g["q"].Success)
            {
                var quarter = Periods.Roman(g["q"].Value) ?? 0;
                var year = Int(g["qy"]);
                var startMonth = $"{year:D4}-{quarter * 3 - 2:D2}";
                return new Mention(m.Index, isStart ? startMonth : null, isStart ? null : Periods.EndOfQuarter(year, quarter), isStart, startMonth);
            }
            if (g["h"].Success)
            {
                var year = Int(g["hy"]);
                var first = g["h"].Value.StartsWith("đầu", StringComparison.OrdinalIgnoreCase);
                return new Mention(m.Index, null, first ? Periods.EndOfMonth(year, 6) : Periods.EndOfYear(year), isStart, $"{year:D4}-{(first ? 1 : 7):D2}");
            }
            var yearValue = Int(g["y"]);
            var yearText = yearValue.ToString(CultureInfo.InvariantCulture);
            return isStart
                ? new Mention(m.Index, yearText, null, true, yearText)
                : new Mention(m.Index, null, Periods.EndOfYear(isBefore ? yearValue - 1 : yearValue), false, yearText);
        }
    }

    private static bool IsCitation(string text, int index) =>
        CitationBefore().IsMatch(Before(text, index, 40)) || LawName().IsMatch(Before(text, index, 90));

    /// <summary>"Đề án … giai đoạn 2026 - 2030", "quy hoạch … đến năm 2030": the period of a plan, not a deadline.</summary>
    private static bool IsObjectPeriod(string text, int index)
    {
        var before = Before(text, index, 70);
        var clauseStart = Math.Max(before.LastIndexOfAny([',', ';', '.', ':', '(']) + 1, 0);
        var clause = before[clauseStart..];
        return PlanNoun().IsMatch(clause) && !TriggerWord().IsMatch(clause);
    }

    private static string Before(string text, int index, int length)
    {
        var start = Math.Max(0, index - length);
        return text[start..index];
    }

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static int RecurrenceIndex(string text)
    {
        var m = RecurrenceWord().Match(text);
        return m.Success ? m.Index : 0;
    }

    /// <summary>The sentence around the time phrase, used as the deadline's text.</summary>
    private static string Clause(string text, int index)
    {
        var start = index;
        while (start > 0 && text[start - 1] is not ('.' or ';' or '\n'))
        {
            start--;
        }
        var end = index;
        while (end < text.Length && text[end] is not ('.' or ';' or '\n'))
        {
            end++;
        }
        return text[start..Math.Min(text.Length, end + (end < text.Length && text[end] == '.' ? 1 : 0))].Trim();
    }

    [GeneratedRegex(
        @"(?ix)
          (?:giai\s+đoạn\s+(?:từ\s+)?(?:năm\s+)?|từ\s+năm\s+|năm\s+)(?<y1>(?:19|20)\d{2})\s*(?:-|–|—|đến|tới)\s*(?:hết\s+)?(?:năm\s+)?(?<y2>(?:19|20)\d{2})
        | ngày\s+(?<d>\d{1,2})\s*(?:/|\.|-|\s+tháng\s+)\s*(?<dm>\d{1,2})(?:\s*(?:/|\.|-|\s+năm\s+)\s*(?<dy>(?:19|20)\d{2}))?(?!\s*[/.-]?\s*\d)
        | (?<d>\d{1,2})\s*[/.-]\s*(?<dm>\d{1,2})\s*[/.-]\s*(?<dy>(?:19|20)\d{2})
        | tháng\s+(?<mm>\d{1,2})\s*(?:/|-|\s+năm\s+|,\s*năm\s+)\s*(?<my>(?:19|20)\d{2})
        | qu[ýí]\s+(?<q>IV|[TlI1]V|[Il1]TV|[Il1]{2,3}|I|[1-4])\s*(?:/|-|–|\s*năm\s+|,\s*năm\s+)\s*(?<qy>(?:19|20)\d{2})
        | (?:06|6)\s+tháng\s+(?<h>đầu|cuối)\s+năm\s+(?<hy>(?:19|20)\d{2})
        | năm\s+(?<y>(?:19|20)\d{2})\b
        ")]
    private static partial Regex MentionPattern();

    /// <summary>"giảm 30% … so với năm 2024": the year a target is measured against, not a time of the work.</summary>
    [GeneratedRegex(@"(?i)\bso\s+với\s+(?:cùng\s+kỳ\s+)?(?:giai\s+đoạn\s+)?$")]
    private static partial Regex BaselineBefore();

    [GeneratedRegex(@"(?i)(?:\btừ|bắt\s+đầu(?:\s+từ)?)\s*(?:ngày|tháng|năm|quý|qu[ýí])?\s*$")]
    private static partial Regex StartWord();

    [GeneratedRegex(@"(?i)\btrước\s*(?:ngày|tháng|năm)?\s*$")]
    private static partial Regex BeforeWord();

    [GeneratedRegex(@"(?i)(?:\btrước|chậm\s+nhất(?:\s+(?:là|trong|vào))?|hoàn\s+thành(?:\s+(?:trong|vào|trước))?|\bxong(?:\s+(?:trong|vào|trước))?|thời\s+hạn)\s*(?:ngày|tháng|năm|quý|qu[ýí])?\s*$")]
    private static partial Regex LimitWord();

    [GeneratedRegex(@"^\s*Về\s[^:]{1,400}:")]
    private static partial Regex TopicLead();

    [GeneratedRegex(@"(?:\d[\w.]*[-/][\p{L}\d./-]*\p{Lu}{2,}[\p{L}\d./-]*|số\s+\d+[\p{L}\d./-]*)\s*,?\s*(?:ngày\s*)?$")]
    private static partial Regex CitationBefore();

    /// <summary>A law named by its year: "Luật Tài nguyên nước năm 2023", "Bộ luật Lao động năm 2019", "Hiến pháp năm 2013".</summary>
    [GeneratedRegex(@"(?:(?:\bLuật|Bộ luật|Pháp lệnh)\s+\p{Lu}[\p{L}-]*(?:\s+(?!(?:trong|trước|hoàn|chậm|xong|đến|từ|vào)(?!\p{L}))[\p{L}-]+){0,6}?|Hiến pháp)(?:\s+năm)?\s*$")]
    private static partial Regex LawName();

    [GeneratedRegex(@"(?i)(?<!\p{L})(?:định\s+kỳ|hằng\s+ngày|hàng\s+ngày|trong\s+(?:vòng\s+)?\d+\s+ngày(?:\s+làm\s+việc)?(?:\s*,)?\s+kể\s+từ)(?!\p{L})")]
    private static partial Regex TextOnlyTime();

    [GeneratedRegex(@"(?i)\b(?:kế\s+hoạch|chương\s+trình|đề\s+án|chiến\s+lược|quy\s+hoạch|nghị\s+quyết|dự\s+án|tầm\s+nhìn|định\s+hướng|mục\s+tiêu|vốn|kỳ(?!\s+họp)|nhiệm\s+kỳ)\b")]
    private static partial Regex PlanNoun();

    [GeneratedRegex(@"(?i)\b(?:hoàn\s+thành|trước|chậm\s+nhất|trong|xong|thời\s+gian|thời\s+hạn|từ\s+nay|thực\s+hiện\s+từ|triển\s+khai\s+từ)\b")]
    private static partial Regex TriggerWord();

    [GeneratedRegex(@"(?i)(?<![\p{L}\d/.-]\s?|năm\s)\b((?:19|20)\d{2})\b(?![/.]\d)")]
    private static partial Regex BareYear();

    [GeneratedRegex(@"(?<lead>\(\s*|xuyên suốt\s+)(?<from>(?:19|20)\d{2})\s*[-–]\s*(?<to>(?:19|20)\d{2})")]
    private static partial Regex BareRange();

    [GeneratedRegex(@"^\s*(?:-|–|—|đến|tới|đến\s+hết)\s*$")]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"(?i)và\s+(?:các|những)\s+năm\s+tiếp\s+theo")]
    private static partial Regex ContinuingPattern();

    [GeneratedRegex(@"(?i)hoàn\s+thành|chậm\s+nhất|trước\s+(?:ngày|năm|tháng|qu)")]
    private static partial Regex CompletionPattern();

    [GeneratedRegex(@"(?i)hằng|hàng\s+(?:năm|quý|tháng)|thường\s+xuyên|định\s+kỳ|liên\s+tục")]
    private static partial Regex RecurrenceWord();
}
