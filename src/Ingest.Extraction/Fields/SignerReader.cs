using System.Text.RegularExpressions;
using Ingest.Extraction.Structure;

namespace Ingest.Extraction.Fields;

/// <summary>
/// The signer: the person's name under the signature title ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Trần Thị Diệu Thúy"),
/// or the last name-like line of an OCR'd page whose title block was lost.
/// </summary>
public static partial class SignerReader
{
    public static string? Read(IReadOnlyList<Paragraph> paragraphs)
    {
        // The header (first lines) may name the same titles ("THỦ TƯỚNG CHÍNH PHỦ"): look for the block after it.
        var list = paragraphs.ToList();
        var start = list.FindIndex(p => p.Text.StartsWith("Nơi nhận", StringComparison.Ordinal));
        if (start < 0)
        {
            start = list.FindIndex(Math.Min(10, list.Count), p => SignatureStart().IsMatch(p.Text));
        }
        if (start >= 0)
        {
            for (var i = start; i < Math.Min(paragraphs.Count, start + 30); i++)
            {
                if (TrailingName(paragraphs[i].Text) is { } name)
                {
                    return name;
                }
            }
        }
        return paragraphs.Skip(Math.Max(0, paragraphs.Count - 40)).Reverse()
            .Select(p => Name().Match(p.Text)).FirstOrDefault(m => m.Success)?.Value;
    }

    /// <summary>A whole line that is a name, or a name after a title in capitals ("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà").</summary>
    private static string? TrailingName(string text)
    {
        var whole = Name().Match(text);
        if (whole.Success)
        {
            return whole.Value;
        }
        var trailing = AfterTitle().Match(text);
        return trailing.Success ? trailing.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"^(?:Nơi nhận|TM\.|T/M|KT\.|CHỦ TỊCH|THỦ TƯỚNG|BÍ THƯ|PHÓ BÍ THƯ|CHÁNH VĂN PHÒNG|BỘ TRƯỞNG)")]
    private static partial Regex SignatureStart();

    [GeneratedRegex(@"^(?!(?:Như|Nơi|Lưu|Các|Văn|Ban|Sở|Ủy|Uỷ|Bộ|Cổng|Công|Đài|Báo|Trang|Tỉnh|Thành|Chính|Thường|Đoàn)\s)\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$")]
    private static partial Regex Name();

    [GeneratedRegex(@"[\p{Lu}\s./]{6,}\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4})$")]
    private static partial Regex AfterTitle();
}
