using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Core.Vietnamese;

namespace Ingest.Extraction.Owners;

/// <summary>
/// Canonical agency names as the annotation guide wants them: abbreviations expanded (UBND → Ủy ban nhân dân,
/// LĐ-TB&amp;XH → Lao động - Thương binh và Xã hội, ...), tone marks as VietnameseText.Normalize places them (Ủy, hóa), the person's title dropped
/// ("Giám đốc Sở Y tế" → "Sở Y tế"), first letter in capitals.
/// </summary>
public static partial class AgencyNames
{
    private static readonly (Regex Pattern, string Replacement)[] Abbreviations =
    [
        (Abbrev("UBND"), "Ủy ban nhân dân"),
        (Abbrev("HĐND"), "Hội đồng nhân dân"),
        (Abbrev("ĐĐBQH"), "Đoàn đại biểu Quốc hội"),
        (Abbrev("ĐBQH"), "đại biểu Quốc hội"),
        (Abbrev("MTTQVN"), "Mặt trận Tổ quốc Việt Nam"),
        (Abbrev("MTTQ"), "Mặt trận Tổ quốc"),
        (Abbrev("VPTU"), "Văn phòng Tỉnh ủy"),
        (Abbrev("UBKT"), "Ủy ban Kiểm tra"),
        (Abbrev("BTV"), "Ban Thường vụ"),
        (Abbrev("BCH"), "Ban Chấp hành"),
        (Abbrev("TW"), "Trung ương"),
        (Abbrev("BHXH"), "Bảo hiểm xã hội"),
        (Abbrev("KCN"), "Khu công nghiệp"),
        (Abbrev("LĐ-TB&XH|LĐ-TBXH|LĐTB&XH|LĐTBXH"), "Lao động - Thương binh và Xã hội"),
        (Abbrev("NN&PTNT|NNPTNT|NN và PTNT"), "Nông nghiệp và Phát triển nông thôn"),
        (Abbrev("PTNT"), "Phát triển nông thôn"),
        (Abbrev("QLDA"), "Quản lý dự án"),
        (Abbrev("EVN"), "Tập đoàn Điện lực Việt Nam"),
        (Abbrev("NN&MT|NNMT"), "Nông nghiệp và Môi trường"),
        (Abbrev("KH&CN|KHCN"), "Khoa học và Công nghệ"),
        (Abbrev("KH&ĐT|KHĐT"), "Kế hoạch và Đầu tư"),
        (Abbrev("TN&MT|TNMT"), "Tài nguyên và Môi trường"),
        (Abbrev("GD&ĐT|GDĐT"), "Giáo dục và Đào tạo"),
        (Abbrev("VHTTDL|VH,TT&DL|VHTT&DL"), "Văn hóa, Thể thao và Du lịch"),
        (Abbrev("TT&TT|TTTT"), "Thông tin và Truyền thông"),
        (Abbrev("GTVT"), "Giao thông vận tải"),
        (Abbrev("TNCS"), "Thanh niên Cộng sản"),
        (Abbrev("HTX"), "Hợp tác xã"),
    ];

    /// <param name="written">The name as the text writes it.</param>
    /// <param name="described">A group described at length ("Các đơn vị cấp nước sạch trên địa bàn thành phố"): its
    /// place phrase is part of the description and stays.</param>
    public static string Canonical(string written, bool described = false)
    {
        var name = VietnameseText.Normalize(written).Trim(' ', ',', ';', ':', '.', '-', '–');
        name = Spaces().Replace(name, " ");
        name = TitlePrefix().Replace(name, "");
        name = MemberTitle().Replace(name, "");
        // "Phó Thủ tướng Chính phủ Trần Hồng Hà" → "Chính phủ": a member of the Government named in person.
        name = GovernmentMember().Replace(name, "Chính phủ");
        foreach (var (pattern, replacement) in Abbreviations)
        {
            name = pattern.Replace(name, replacement);
        }
        name = described ? name : TrailingFiller().Replace(name, "");
        return name.Length == 0 ? name : char.ToUpper(name[0], CultureInfo.GetCultureInfo("vi-VN")) + name[1..];
    }

    private static Regex Abbrev(string alternatives) =>
        new($@"(?<![\p{{L}}\d])(?:{alternatives.Replace("&", "&")})(?![\p{{L}}\d])", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^(?:(?:[Cc]ác\s+)?[Đđ]ồng chí\s+)?(?:(?:Giám đốc|Bộ trưởng|Thủ trưởng|Chủ tịch|Trưởng ban|Trưởng|Lãnh đạo|Người đứng đầu|Ủy viên|Uỷ viên|Phó Bí thư|Bí thư|bí thư|lãnh đạo|thủ trưởng|người đứng đầu)(?:\s*,\s*|\s+và\s+|\s+))*(?=\p{Lu}|các\b|UBND|Ủy|Uỷ|sở\b|cơ quan\b|đơn vị\b|cấp ủy\b)")]
    private static partial Regex TitlePrefix();

    /// <summary>"Cấp ủy, tổ chức đảng, lãnh đạo cơ quan, đơn vị": the heads of a member are the member.</summary>
    [GeneratedRegex(@"(?<=,\s)(?:lãnh đạo|người đứng đầu|thủ trưởng|Thủ trưởng|Lãnh đạo)\s+(?=(?:các\s+)?(?:cơ quan|đơn vị|sở|ngành|địa phương))")]
    private static partial Regex MemberTitle();

    [GeneratedRegex(@"^(?:Phó\s+)?Thủ tướng(?:\s+Chính phủ)?\s+(?!Chính phủ(?!\p{L}))\p{Lu}[\p{L}\s]*$")]
    private static partial Regex GovernmentMember();

    [GeneratedRegex(@"\s+(?:theo chức năng,? nhiệm vụ(?: được giao)?|trên địa bàn(?: tỉnh| thành phố)?|khác)$|,?\s+các$")]
    private static partial Regex TrailingFiller();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
