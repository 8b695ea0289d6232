namespace Ingest.Extraction.Owners;

/// <summary>
/// The fields that name Vietnam's ministries and provincial departments ("Bộ/Sở Nông nghiệp và Môi trường"), those
/// of 2025 and the ones merged away that older directives still name. A list by hand: no served library knows them,
/// and a list of members after "Các Bộ:" can only be cut where the names end.
/// </summary>
internal static class GovernmentFields
{
    private static readonly string[] Fields =
    [
        "Nông nghiệp và Môi trường", "Nông nghiệp và Phát triển nông thôn", "Tài nguyên và Môi trường",
        "Khoa học và Công nghệ", "Giáo dục và Đào tạo", "Văn hóa, Thể thao và Du lịch", "Kế hoạch và Đầu tư",
        "Lao động - Thương binh và Xã hội", "Thông tin và Truyền thông", "Dân tộc và Tôn giáo", "Giao thông vận tải",
        "Tài chính", "Xây dựng", "Y tế", "Nội vụ", "Tư pháp", "Công Thương", "Ngoại giao", "Quốc phòng", "Công an",
    ];

    private static readonly string[] LongestFirst = [.. Fields.OrderByDescending(f => f.Length)];

    /// <summary>The longest field that <paramref name="text"/> opens with (any case), as the list writes it; null when none.</summary>
    public static string? LongestAtStart(string text)
    {
        foreach (var field in LongestFirst)
        {
            if (text.StartsWith(field, StringComparison.OrdinalIgnoreCase)
                && (text.Length == field.Length || !char.IsLetter(text[field.Length])))
            {
                return text[..field.Length];
            }
        }
        return null;
    }
}
