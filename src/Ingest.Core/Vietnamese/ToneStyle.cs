namespace Ingest.Core.Vietnamese;

/// <summary>
/// The two accepted placements of the tone mark in open syllables with oa, oe, uy. Everywhere else they agree
/// (hoàng, thuyền, khuyến, quý, giá, người).
/// </summary>
public enum ToneStyle
{
    /// <summary>
    /// Mark on the first vowel: hòa, thủy, Ủy, khỏe, hóa. The style of the annotation guide and of
    /// <see cref="VietnameseText.Normalize"/>; called "new style" in the project's issues, "kiểu cũ" in Vietnamese typography.
    /// </summary>
    Traditional,

    /// <summary>Mark on the main vowel: hoà, thuỷ, Uỷ, khoẻ, hoá ("kiểu mới" of the 1980s spelling rules).</summary>
    Modern,
}
