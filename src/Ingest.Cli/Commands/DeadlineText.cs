using Ingest.Core.Extraction;

namespace Ingest.Cli.Commands;

/// <summary>A deadline as a reader says it, as the search page does: "hạn 31/12/2018 · từ 2018 · hằng năm", or its words.</summary>
public static class DeadlineText
{
    private static readonly Dictionary<string, string> Recurrences = new()
    {
        ["annual"] = "hằng năm",
        ["semiannual"] = "6 tháng một lần",
        ["quarterly"] = "hằng quý",
        ["monthly"] = "hằng tháng",
        ["ongoing"] = "thường xuyên",
    };

    public static string Describe(Deadline? deadline)
    {
        if (deadline is null)
        {
            return "";
        }
        var parts = new List<string>();
        if (deadline.Due is { } due)
        {
            parts.Add($"hạn {Date(due)}");
        }
        if (deadline.Start is { } start)
        {
            parts.Add($"từ {Date(start)}");
        }
        if (deadline.Recurrence is { } recurrence)
        {
            parts.Add(Recurrences.GetValueOrDefault(recurrence, recurrence));
        }
        if (parts.Count == 0 && deadline.Text.Length > 0)
        {
            parts.Add($"thời gian: {deadline.Text}");
        }
        return string.Join(" · ", parts);
    }

    /// <summary>ISO "2018-12-31", "2018-12" or "2018" as Vietnamese readers write it: 31/12/2018, 12/2018, 2018.</summary>
    private static string Date(string iso) => string.Join('/', iso.Split('-').Reverse());
}
