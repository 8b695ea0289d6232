using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingest.Extraction.Structure;

/// <summary>The columns of a task table (phụ lục): task, lead (chủ trì), support (phối hợp), time.</summary>
public sealed partial record TableHeader(int Task, int Lead, int Support, int Time)
{
    public static bool IsTaskHeader(IReadOnlyList<string> cells) => Of(cells) is not null;

    public static TableHeader? Of(IReadOnlyList<string> cells)
    {
        int Find(Regex pattern)
        {
            for (var i = 0; i < cells.Count; i++)
            {
                if (pattern.IsMatch(cells[i].ToLower(CultureInfo.GetCultureInfo("vi-VN"))))
                {
                    return i;
                }
            }
            return -1;
        }
        var lead = Find(LeadColumn());
        var task = Find(TaskColumn());
        if (lead < 0 || task < 0 || lead == task)
        {
            return null;
        }
        return new TableHeader(task, lead, Find(SupportColumn()), Find(TimeColumn()));
    }

    [GeneratedRegex(@"nhiệm vụ|nội dung|công việc|tên (?:nhiệm vụ|dự án|đề án|hoạt động)|hoạt động|giải pháp")]
    private static partial Regex TaskColumn();

    [GeneratedRegex(@"chủ trì|cơ quan thực hiện|đơn vị thực hiện|cơ quan thực hiện|thực hiện$|^cơ quan$|^đơn vị$")]
    private static partial Regex LeadColumn();

    [GeneratedRegex(@"phối hợp")]
    private static partial Regex SupportColumn();

    [GeneratedRegex(@"thời gian|thời hạn|tiến độ|hoàn thành|lộ trình")]
    private static partial Regex TimeColumn();
}
