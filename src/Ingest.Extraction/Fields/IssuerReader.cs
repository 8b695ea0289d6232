using Ingest.Core.Vietnamese;
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
        var head = paragraphs.Take(kindIndex > 0 ? kindIndex : 12).ToList();
        var header = head.Select((p, index) => (Body: HeaderIssuer(p.Text), Index: index)).FirstOrDefault(h => h.Body is not null);
        if (header.Body is { } body)
        {
            // "UBND TỈNH BÌNH ĐỊNH / VĂN PHÒNG": the office under its parent body issues the document.
            body = OfficeUnderParent().Replace(body, "VĂN PHÒNG ${parent}");
            return NeedsPlace().IsMatch(body) ? WithPlaceLine(body, head.Skip(header.Index + 1), place) : FromCapitals(body);
        }
        var signature = paragraphs.Select(p => OnBehalfOf().Match(p.Text)).FirstOrDefault(m => m.Success);
        if (signature is not null)
        {
            var written = signature.Groups["body"].Value.Trim();
            var signing = FromCapitals(Respelled(written, HeaderBodies, nameFollows: false) ?? written);
            // "T/M BAN THƯỜNG VỤ" of a party committee: the Ban Thường vụ of the Tỉnh ủy.
            return signing is "Ban Thường vụ" or "Ban Chấp hành" ? signing + " Tỉnh ủy" : WithPlace(signing, place);
        }
        var preamble = paragraphs.Take(kindIndex + 8).Select(p => IssuesThis().Match(p.Text)).FirstOrDefault(m => m.Success);
        return preamble is null ? null : WithPlace(AgencyNames.Canonical(preamble.Groups["body"].Value), place);
    }

    /// <summary>
    /// The header line of an issuing body in capitals, the body's words spelled right: OCR often damages the diacritics
    /// of a line in capitals ("TÍNH ỦY LAI CHÂU", "BẠN THƯỜNG VỤ"), so the body is found on the folded text.
    /// </summary>
    private static string? HeaderIssuer(string text)
    {
        // OCR runs the two header columns together: "TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM".
        var match = HeaderCapitals().Match(NationalMotto().Replace(text, ""));
        return match.Success ? Respelled(match.Value.Trim(), HeaderBodies, nameFollows: false) : null;
    }

    /// <summary>
    /// Capitals whose folded start is one of <paramref name="known"/> words, that word spelled right and the rest as
    /// written; null when none is known. With <paramref name="nameFollows"/> a name must come after the word.
    /// </summary>
    private static string? Respelled(string capitals, (string Folded, string Capitals)[] known, bool nameFollows)
    {
        var folded = VietnameseText.FoldNormalized(capitals);
        foreach (var (foldedWord, word) in known)
        {
            if (folded.StartsWith(foldedWord, StringComparison.Ordinal)
                && (folded.Length == foldedWord.Length ? !nameFollows : folded[foldedWord.Length] is ' ' or '-'))
            {
                return word + capitals[foldedWord.Length..];
            }
        }
        return null;
    }

    /// <summary>Issuing bodies of a header, folded and spelled, longest first where one starts another.</summary>
    private static readonly (string Folded, string Capitals)[] HeaderBodies =
    [
        ("uy ban nhan dan", "ỦY BAN NHÂN DÂN"), ("ubnd", "ỦY BAN NHÂN DÂN"), ("hoi dong nhan dan", "HỘI ĐỒNG NHÂN DÂN"),
        ("tinh uy", "TỈNH ỦY"), ("thanh uy", "THÀNH ỦY"), ("thu tuong chinh phu", "THỦ TƯỚNG CHÍNH PHỦ"),
        ("van phong chinh phu", "VĂN PHÒNG CHÍNH PHỦ"), ("chinh phu", "CHÍNH PHỦ"), ("ban chap hanh", "BAN CHẤP HÀNH"),
        ("ban thuong vu", "BAN THƯỜNG VỤ"), ("bo", "BỘ"),
    ];

    /// <summary>
    /// A body written without its place ("ỦY BAN NHÂN DÂN"): on a scan the place is often a line of its own
    /// ("THÀNH PHỐ CẦN THƠ", OCR puts a blank line between); without such a line, the place of the date line.
    /// </summary>
    private static string WithPlaceLine(string body, IEnumerable<Paragraph> following, string? place)
    {
        var placeLine = following.Take(3).Select(p => PlaceLine(p.Text)).FirstOrDefault(line => line is not null);
        return placeLine is not null ? FromCapitals(body + " " + placeLine) : WithPlace(FromCapitals(body), place);
    }

    /// <summary>"THÀNH PHỐ CẦN THƠ", "TÍNH QUẢNG TRỊ" (OCR) → "TỈNH QUẢNG TRỊ"; null for other lines.</summary>
    private static string? PlaceLine(string text)
    {
        var line = text.Trim();
        return AllCapitals().IsMatch(line) ? Respelled(line, PlaceKinds, nameFollows: true) : null;
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

    /// <summary>A line that starts with two words in capitals, the rest capitals too (its body is checked folded).</summary>
    [GeneratedRegex(@"^\p{Lu}+\s\p{Lu}[\p{Lu}\s-]*")]
    private static partial Regex HeaderCapitals();

    [GeneratedRegex(@"\s+(?:ĐẢNG CỘNG SẢN|CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI)\b.*$", RegexOptions.Singleline)]
    private static partial Regex NationalMotto();

    [GeneratedRegex(@"^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN)$")]
    private static partial Regex NeedsPlace();

    private static readonly (string Folded, string Capitals)[] PlaceKinds =
        [("tinh", "TỈNH"), ("thanh pho", "THÀNH PHỐ"), ("huyen", "HUYỆN"), ("quan", "QUẬN"), ("thi xa", "THỊ XÃ")];

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\s-]+$")]
    private static partial Regex AllCapitals();

    [GeneratedRegex(@"(?:^|\s)(?:TM\.|T/M)\s*(?<body>[\p{Lu}\s]+?)(?=\s+(?:KT\.|PHÓ|CHỦ TỊCH|BÍ THƯ|\p{Lu}\p{Ll})|$)")]
    private static partial Regex OnBehalfOf();

    [GeneratedRegex(@"(?<body>UBND tỉnh|UBND thành phố|Ủy ban nhân dân tỉnh|Ủy ban nhân dân thành phố|Ban Thường vụ Tỉnh ủy|Ban Chấp hành Đảng bộ tỉnh)\s+(?:ban hành|xây dựng)")]
    private static partial Regex IssuesThis();

    [GeneratedRegex(@"(?<![\p{L}])(?:chính phủ|trung ương|thường vụ|chấp hành|tỉnh ủy(?=$)|(?<=^Văn phòng )(?:ủy ban|hội đồng|tỉnh ủy|thành ủy))(?![\p{L}])")]
    private static partial Regex ProperTerms();

    [GeneratedRegex(@"(?i)(?<kind>(?:tỉnh ủy|tỉnh uỷ|thành ủy|tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+)(?<place>.+)$")]
    private static partial Regex PlaceAfter();

    [GeneratedRegex(@"^(?<parent>(?:ỦY BAN NHÂN DÂN|TỈNH ỦY|THÀNH ỦY|HỘI ĐỒNG NHÂN DÂN)\s.+?)\s+VĂN PHÒNG$")]
    private static partial Regex OfficeUnderParent();
}
