using System.Text.RegularExpressions;

namespace Ingest.Extraction.Deadlines;

/// <summary>
/// Reads recurrence words (hằng năm, định kỳ 6 tháng, hằng quý, hằng tháng, thường xuyên). A periodic recurrence
/// wins over "ongoing", the most frequent period over the others; budget and school terms that contain "thường xuyên" do not count.
/// </summary>
public static partial class RecurrenceReader
{
    public const string Annual = "annual";
    public const string Semiannual = "semiannual";
    public const string Quarterly = "quarterly";
    public const string Monthly = "monthly";
    public const string Ongoing = "ongoing";

    public static string? Read(string text)
    {
        // Several periods in one item ("báo cáo hàng tháng, 6 tháng và năm"): the most frequent one.
        if (MonthlyPattern().IsMatch(text)) return Monthly;
        if (QuarterlyPattern().IsMatch(text)) return Quarterly;
        if (SemiannualPattern().IsMatch(text)) return Semiannual;
        if (AnnualPattern().IsMatch(text)) return Annual;
        var withoutTerms = NotRecurrenceTerms().Replace(text, " ");
        return OngoingPattern().IsMatch(withoutTerms) ? Ongoing : null;
    }

    [GeneratedRegex(@"(?i)định\s+kỳ\s+(?:06|6)\s+tháng|(?:06|6)\s+tháng\s+(?:một|1)\s+lần|hằng\s+6\s+tháng|hàng\s+6\s+tháng|mỗi\s+6\s+tháng|(?:06|6)\s+tháng\s+và\s+(?:cả\s+)?năm")]
    private static partial Regex SemiannualPattern();

    [GeneratedRegex(@"(?i)\b(?:hằng|hàng|mỗi)\s+quý|định\s+kỳ\s+(?:theo\s+)?quý")]
    private static partial Regex QuarterlyPattern();

    [GeneratedRegex(@"(?i)\b(?:hằng|hàng|mỗi)\s+tháng|định\s+kỳ\s+(?:theo\s+)?tháng")]
    private static partial Regex MonthlyPattern();

    [GeneratedRegex(@"(?i)\b(?:hằng|hàng|mỗi)\s+năm|định\s+kỳ\s+(?:theo\s+)?năm")]
    private static partial Regex AnnualPattern();

    [GeneratedRegex(@"(?i)\bthường\s+xuyên|\bliên\s+tục\b")]
    private static partial Regex OngoingPattern();

    [GeneratedRegex(@"(?i)chi\s+thường\s+xuyên|giáo\s+dục\s+thường\s+xuyên|GDTX|nhiệm\s+vụ\s+chi\s+thường\s+xuyên")]
    private static partial Regex NotRecurrenceTerms();
}
