using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Extraction.Owners;
using Ingest.Extraction.Structure;

namespace Ingest.Extraction.Fields;

/// <summary>
/// The issuing body: the header line in capitals ("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "TỈNH ỦY LAI CHÂU", "THỦ TƯỚNG
/// CHÍNH PHỦ"), else the "TM." line of the signature with the place ("TM. ỦY BAN NHÂN DÂN" + Điện Biên), else the
/// body that the preamble says issues the document ("UBND tỉnh ban hành Kế hoạch").
/// </summary>
public static partial class IssuerReader
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Cities under the central government: "thành phố", not "tỉnh".</summary>
    private static readonly string[] Cities = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"];

    public static string? Read(IReadOnlyList<Paragraph> paragraphs, int kindIndex, string? place)
    {
        var header = paragraphs.Take(kindIndex > 0 ? kindIndex : 12)
            .Select(p => HeaderIssuer().Match(p.Text))
            .FirstOrDefault(m => m.Success);
        if (header is not null)
        {
            return FromCapitals(header.Value.Trim());
        }
        var signature = paragraphs.Select(p => OnBehalfOf().Match(p.Text)).FirstOrDefault(m => m.Success);
        if (signature is not null)
        {
            var body = FromCapitals(signature.Groups["body"].Value.Trim());
            // "T/M BAN THƯỜNG VỤ" of a party committee: the Ban Thường vụ of the Tỉnh ủy.
            return body is "Ban Thường vụ" or "Ban Chấp hành" ? body + " Tỉnh ủy" : WithPlace(body, place);
        }
        var preamble = paragraphs.Take(kindIndex + 8).Select(p => IssuesThis().Match(p.Text)).FirstOrDefault(m => m.Success);
        return preamble is null ? null : WithPlace(AgencyNames.Canonical(preamble.Groups["body"].Value), place);
    }

    /// <summary>"ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ" → "Ủy ban nhân dân thành phố Cần Thơ".</summary>
    public static string FromCapitals(string text)
    {
        var lower = text.ToLower(Vietnamese);
        lower = char.ToUpper(lower[0], Vietnamese) + lower[1..];
        lower = ProperTerms().Replace(lower, m => char.ToUpper(m.Value[0], Vietnamese) + m.Value[1..]);
        lower = PlaceAfter().Replace(lower, m => m.Groups["kind"].Value + Title(m.Groups["place"].Value));
        return AgencyNames.Canonical(lower);
    }

    /// <summary>"Ủy ban nhân dân tỉnh" + "Điện Biên" → "Ủy ban nhân dân tỉnh Điện Biên" (thành phố for the central cities).</summary>
    private static string WithPlace(string body, string? place)
    {
        if (place is null || !body.StartsWith("Ủy ban nhân dân", StringComparison.Ordinal) || body.Contains(place, StringComparison.Ordinal))
        {
            return body;
        }
        var level = Cities.Any(c => place.Contains(c, StringComparison.Ordinal)) ? "thành phố" : "tỉnh";
        var bare = place.Replace("TP.", "").Replace("Thành phố", "").Trim();
        return $"Ủy ban nhân dân {level} {bare}";
    }

    private static string Title(string words) =>
        string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpper(w[0], Vietnamese) + w[1..]));

    [GeneratedRegex(@"^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|THỦ TƯỚNG CHÍNH PHỦ|VĂN PHÒNG CHÍNH PHỦ|CHÍNH PHỦ|BỘ\s|BAN CHẤP HÀNH|BAN THƯỜNG VỤ|HỘI ĐỒNG NHÂN DÂN)[\p{Lu}\s-]*")]
    private static partial Regex HeaderIssuer();

    [GeneratedRegex(@"(?:^|\s)(?:TM\.|T/M)\s*(?<body>[\p{Lu}\s]+?)(?=\s+(?:KT\.|PHÓ|CHỦ TỊCH|BÍ THƯ|\p{Lu}\p{Ll})|$)")]
    private static partial Regex OnBehalfOf();

    [GeneratedRegex(@"(?<body>UBND tỉnh|UBND thành phố|Ủy ban nhân dân tỉnh|Ủy ban nhân dân thành phố|Ban Thường vụ Tỉnh ủy|Ban Chấp hành Đảng bộ tỉnh)\s+(?:ban hành|xây dựng)")]
    private static partial Regex IssuesThis();

    [GeneratedRegex(@"(?<![\p{L}])(?:chính phủ|trung ương|thường vụ|chấp hành|tỉnh ủy(?=$))(?![\p{L}])")]
    private static partial Regex ProperTerms();

    [GeneratedRegex(@"(?i)(?<kind>(?:tỉnh ủy|tỉnh uỷ|thành ủy|tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+)(?<place>.+)$")]
    private static partial Regex PlaceAfter();
}
