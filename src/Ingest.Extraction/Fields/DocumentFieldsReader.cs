using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Core.Extraction;
using Ingest.Extraction.Structure;

namespace Ingest.Extraction.Fields;

/// <summary>Reads ký hiệu, kind, place, date, title, issuer, signer and cited numbers from header and signature.</summary>
public static partial class DocumentFieldsReader
{
    private static readonly (string Upper, string Kind)[] Kinds =
    [
        ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "Chương trình hành động"), ("KẾ HOẠCH", "Kế hoạch"), ("CHỈ THỊ", "Chỉ thị"),
        ("QUYẾT ĐỊNH", "Quyết định"), ("THÔNG BÁO", "Thông báo"), ("NGHỊ QUYẾT", "Nghị quyết"),
        ("KẾT LUẬN", "Kết luận"), ("CÔNG VĂN", "Công văn"), ("HƯỚNG DẪN", "Hướng dẫn"), ("CHƯƠNG TRÌNH", "Chương trình"),
    ];

    public static DocumentFields Read(string fileName, IReadOnlyList<Paragraph> paragraphs)
    {
        var head = paragraphs.Take(40).ToList();
        var number = head.Select(p => NumberPattern().Match(p.Text)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        // The dateline ("Cần Thơ, ngày 5 tháng 12 năm 2025") opens its line; a date inside a sentence ("… trình Chính
        // phủ trước ngày 30 tháng 6 năm 2025") is only taken when no line is a dateline, and names no place.
        // OCR may run the number and the dateline into one line ("Số: 152/KH-UBND Yên Bái, ngày 24 tháng 9 năm 2018").
        var dates = head.Select(p => DatePattern().Match(LeadingNumber().Replace(p.Text, ""))).Where(m => m.Success).ToList();
        var dateline = dates.FirstOrDefault(IsDateline);
        var dateMatch = dateline ?? dates.FirstOrDefault();
        var kindIndex = head.FindIndex(p => KindOf(p.Text) is not null);
        var kind = kindIndex >= 0 ? KindOf(head[kindIndex].Text) : null;
        var title = kindIndex >= 0 && kindIndex + 1 < head.Count ? TitleAfter(head[kindIndex]) ?? head[kindIndex + 1].Text : null;
        var text = string.Join('\n', paragraphs.Select(p => p.Text));
        var references = ReferencePattern().Matches(text)
            .Select(m => m.Value.TrimEnd('.', ','))
            .Where(r => !string.Equals(r, number, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var place = dateline?.Groups["place"].Value.Trim();
        return new DocumentFields
        {
            File = fileName,
            Number = number,
            Kind = kind,
            Place = place,
            Issuer = IssuerReader.Read(paragraphs, kindIndex, place),
            Signer = SignerReader.Read(paragraphs),
            Date = dateMatch is { Success: true } ? IsoDate(dateMatch) : null,
            Title = title is null ? null : SentenceCase(title, paragraphs),
            References = references,
        };
    }

    private static bool IsDateline(Match date) =>
        date.Index <= 2 && date.Groups["place"].Value.Trim() is var place && (place.Length == 0 || char.IsUpper(place[0]));

    private static string? KindOf(string text)
    {
        var upper = text.Trim().TrimEnd(':').ToUpper(CultureInfo.GetCultureInfo("vi-VN"));
        foreach (var (kindUpper, kind) in Kinds)
        {
            if (upper == kindUpper || upper.StartsWith(kindUpper + " ", StringComparison.Ordinal) && text == upper)
            {
                return kind;
            }
        }
        return null;
    }

    /// <summary>
    /// A kind line that continues with the title in capitals ("KẾ HOẠCH THỰC HIỆN ..."). A kind line that continues
    /// with its author ("CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH") has the title on the next line.
    /// </summary>
    private static string? TitleAfter(Paragraph kindLine)
    {
        var kind = KindOf(kindLine.Text);
        var text = kindLine.Text.Trim();
        var rest = kind is not null && text.Length > kind.Length + 1 ? text[(kind.Length + 1)..] : null;
        return rest is null || rest.StartsWith("CỦA ", StringComparison.Ordinal) ? null : rest;
    }

    private static string? IsoDate(Match m)
    {
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>A title in capitals in its written case, read from the document's own text (<see cref="TitleCasing"/>).</summary>
    private static string SentenceCase(string text, IReadOnlyList<Paragraph> paragraphs) =>
        !TitleCasing.IsCapitals(text) ? text : TitleCasing.Restore(text, paragraphs.Select(p => p.Text));

    [GeneratedRegex(@"Số\s*[:.]?\s*(\d{1,5}[a-zA-Z]?(?:/\d{4})?[/-][\p{Lu}Đ][\p{L}\d/-]*)")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^Số:?\s*\S+\s+(?=\p{Lu})")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"(?<place>[\p{L} .]{0,40}?),?\s*ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<![\w/.-])\d{1,5}[a-z]?(?:/\d{4})?[/-][\p{Lu}Đ][\p{L}Đ]*(?:[-/][\p{Lu}Đ][\p{L}Đ\d]*)+")]
    private static partial Regex ReferencePattern();
}
