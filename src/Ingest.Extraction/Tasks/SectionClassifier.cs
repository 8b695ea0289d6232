using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Core.Vietnamese;

namespace Ingest.Extraction.Tasks;

/// <summary>Tells from a heading whether its part assigns work, states goals, or neither.</summary>
public static partial class SectionClassifier
{
    private sealed record Keywords(Regex Work, Regex Goals, Regex Demands, Regex Purpose, Regex NotWork);

    private static readonly Keywords AsWritten = new(Work(), Goals(), Demands(), Purpose(), NotWork());

    /// <summary>
    /// OCR drops and swaps tone marks in headings ("NỘI DỤNG THỰC HIỆN"): when no keyword matches as written, the same
    /// keywords are looked for without diacritics ("giao" left out: folded, it is also "giáo").
    /// </summary>
    private static readonly Keywords Folded = new(FoldedWork(), FoldedGoals(), FoldedDemands(), FoldedPurpose(), FoldedNotWork());

    /// <summary>The kind a heading gives its part, or null when the heading says nothing about it.</summary>
    public static SectionKind? Classify(string heading, string? documentKind)
    {
        var upper = heading.ToUpper(CultureInfo.GetCultureInfo("vi-VN"));
        if (upper.Length > 160)
        {
            return null;
        }
        if (Closing().IsMatch(upper))
        {
            return SectionKind.Closing;
        }
        if (ReportOnProgress().IsMatch(upper) && !AssignedWork().IsMatch(upper))
        {
            return SectionKind.NotWork; // "I. TÌNH HÌNH TRIỂN KHAI VÀ KẾT QUẢ BƯỚC ĐẦU": what was done, not what is asked
        }
        return ClassifyWith(AsWritten, upper, documentKind) ?? ClassifyWith(Folded, VietnameseText.Fold(heading), documentKind);
    }

    private static SectionKind? ClassifyWith(Keywords keywords, string heading, string? documentKind)
    {
        if (keywords.Work.IsMatch(heading))
        {
            return SectionKind.Work;
        }
        if (keywords.Goals.IsMatch(heading))
        {
            return SectionKind.Goals;
        }
        if (keywords.Demands.IsMatch(heading))
        {
            // "Một số yêu cầu" of a Thông báo kết luận or a Chỉ thị directs agencies; "Mục đích, yêu cầu" of a plan does not.
            return documentKind is "Thông báo" or "Chỉ thị" or "Kết luận" && !keywords.Purpose.IsMatch(heading)
                ? SectionKind.Work
                : SectionKind.NotWork;
        }
        return keywords.NotWork.IsMatch(heading) ? SectionKind.NotWork : null;
    }

    [GeneratedRegex(@"\b(?:nhiem vu|giai phap|to chuc thuc hien|noi dung|phan cong|trach nhiem|hoat dong|kinh phi|che do bao cao|de nghi|thoi gian thuc hien|cac buoc|phuong phap|trien khai|ket luan|y kien chi dao|chi dao)\b|^\W*phuong an\b")]
    private static partial Regex FoldedWork();

    [GeneratedRegex(@"\b(?:muc tieu|chi tieu)\b")]
    private static partial Regex FoldedGoals();

    [GeneratedRegex(@"\byeu cau\b")]
    private static partial Regex FoldedDemands();

    [GeneratedRegex(@"\bmuc dich\b")]
    private static partial Regex FoldedPurpose();

    [GeneratedRegex(@"\b(?:muc dich|tinh hinh|ket qua|danh gia|can cu|quan diem|su can thiet|thuc trang|han che|nguyen nhan|boi canh|kho khan|doi tuong|pham vi|tieu chi|khen thuong|hinh thuc|giai thich)\b")]
    private static partial Regex FoldedNotWork();

    [GeneratedRegex(@"NHIỆM VỤ|GIẢI PHÁP|TỔ CHỨC THỰC HIỆN|NỘI DUNG|PHÂN CÔNG|TRÁCH NHIỆM|HOẠT ĐỘNG|KINH PHÍ|CHẾ ĐỘ BÁO CÁO|GIAO|ĐỀ NGHỊ|THỜI GIAN THỰC HIỆN|CÁC BƯỚC|PHƯƠNG PHÁP|TRIỂN KHAI|KẾT LUẬN|Ý KIẾN CHỈ ĐẠO|CHỈ ĐẠO|^\W*PHƯƠNG ÁN")]
    private static partial Regex Work();

    [GeneratedRegex(@"MỤC TIÊU|CHỈ TIÊU")]
    private static partial Regex Goals();

    [GeneratedRegex(@"YÊU CẦU")]
    private static partial Regex Demands();

    [GeneratedRegex(@"MỤC ĐÍCH")]
    private static partial Regex Purpose();

    [GeneratedRegex(@"MỤC ĐÍCH|TÌNH HÌNH|KẾT QUẢ|ĐÁNH GIÁ|CĂN CỨ|QUAN ĐIỂM|SỰ CẦN THIẾT|THỰC TRẠNG|HẠN CHẾ|NGUYÊN NHÂN|BỐI CẢNH|KHÓ KHĂN|ĐỐI TƯỢNG|PHẠM VI|TIÊU CHÍ|KHEN THƯỞNG|HÌNH THỨC|GIẢI THÍCH")]
    private static partial Regex NotWork();

    [GeneratedRegex(@"^\W*(?:(?:[IVXLC]+|\d+)[.)]\s*)?(?:TÌNH HÌNH|KẾT QUẢ|THỰC TRẠNG|ĐÁNH GIÁ|BỐI CẢNH)")]
    private static partial Regex ReportOnProgress();

    [GeneratedRegex(@"NHIỆM VỤ|GIẢI PHÁP|TỔ CHỨC THỰC HIỆN|PHÂN CÔNG|KẾT LUẬN|Ý KIẾN CHỈ ĐẠO|MỤC TIÊU|CHỈ TIÊU|PHƯƠNG HƯỚNG")]
    private static partial Regex AssignedWork();

    [GeneratedRegex(@"^(?:NƠI NHẬN|TM\.|KT\.|T/M|CHỦ TỊCH$)")]
    private static partial Regex Closing();
}
