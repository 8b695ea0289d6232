using System.Text.RegularExpressions;
using Ingest.Core.Extraction;
using Ingest.Extraction.Structure;

namespace Ingest.Extraction.Tasks;

/// <summary>
/// First simple rule: inside the parts that assign work, every list item or paragraph that is not a lead-in
/// (ending with ":") is a task; its lead owner is the agency before "chủ trì".
/// </summary>
public static partial class TaskCandidateRule
{
    public static IReadOnlyList<TaskItem> Find(IReadOnlyList<Paragraph> paragraphs)
    {
        var tasks = new List<TaskItem>();
        var section = SectionKind.Preamble;
        foreach (var paragraph in paragraphs)
        {
            var marker = ListMarker.Match(paragraph.Text);
            if (ClosingPattern().IsMatch(paragraph.Text))
            {
                section = SectionKind.Closing;
            }
            else if (marker is { Kind: MarkerKind.Roman } || IsUpperHeading(paragraph.Text))
            {
                section = WorkPattern().IsMatch(paragraph.Text) ? SectionKind.Work
                    : NotWorkPattern().IsMatch(paragraph.Text) ? SectionKind.NotWork
                    : section;
                continue;
            }
            if (section != SectionKind.Work)
            {
                continue;
            }
            var body = marker?.Rest ?? paragraph.Text;
            if (body.EndsWith(':') || body.Length < 20)
            {
                continue;
            }
            tasks.Add(new TaskItem { Text = body, Owners = LeadOwner(body) });
        }
        return tasks;
    }

    private static bool IsUpperHeading(string text) =>
        text.Length is > 4 and < 120 && text.Any(char.IsLetter) && !text.Any(char.IsLower);

    private static IReadOnlyList<Owner> LeadOwner(string body)
    {
        var m = LeadPattern().Match(body);
        return m.Success ? [new Owner(m.Groups["agency"].Value.Trim(' ', ',', ';'), Owner.Lead)] : [];
    }

    [GeneratedRegex(@"NHIỆM VỤ|GIẢI PHÁP|TỔ CHỨC THỰC HIỆN|NỘI DUNG|PHÂN CÔNG|TRÁCH NHIỆM|Nhiệm vụ|Giải pháp|Tổ chức thực hiện")]
    private static partial Regex WorkPattern();

    [GeneratedRegex(@"MỤC ĐÍCH|YÊU CẦU|MỤC TIÊU|TÌNH HÌNH|KẾT QUẢ|ĐÁNH GIÁ|Mục đích|Mục tiêu")]
    private static partial Regex NotWorkPattern();

    [GeneratedRegex(@"^(Nơi nhận|TM\.|KT\.|CHỦ TỊCH|Như trên)")]
    private static partial Regex ClosingPattern();

    [GeneratedRegex(@"^(?<agency>(?:Sở|Ban|Ủy ban|UBND|Văn phòng|Công an|Bộ|Các sở)[^.;:]{2,80}?)\s+(?:chủ trì|chịu trách nhiệm)")]
    private static partial Regex LeadPattern();
}
