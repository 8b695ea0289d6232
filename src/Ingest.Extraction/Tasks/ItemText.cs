using System.Text.RegularExpressions;
using Ingest.Extraction.Owners;
using Ingest.Extraction.Structure;

namespace Ingest.Extraction.Tasks;

/// <summary>What the words of an item say about its place in the outline: a heading of names, a lead-in that acts itself, a paragraph that starts a sentence.</summary>
internal static partial class ItemText
{
    /// <summary>
    /// A paragraph that starts with a capital starts a sentence, its first body in subject position, unless it
    /// completes a name the paragraph before breaks off ("3. Đề nghị Ủy ban MTTQ, Hội Liên hiệp" + "Phụ nữ Thành phố …").
    /// </summary>
    public static bool StartsSentence(string before, string paragraph)
    {
        if (!char.IsUpper(paragraph.FirstOrDefault()))
        {
            return false;
        }
        var last = AgencyRecognizer.Find(before).LastOrDefault();
        return last is null || last.End < before.TrimEnd().Length || NamesOnly(ListMarker.Match(before)?.Rest ?? before);
    }

    /// <summary>
    /// An item ending in ":" that names its lead and does work of its own before its children ("UBND các huyện chủ trì …
    /// xây dựng đề án tổ chức lại các trường mầm non … theo hướng:") is a task too; one that only hands work to its
    /// children ("Sở Y tế chủ trì thực hiện:", "Cấp ủy … theo chức năng, nhiệm vụ tập trung lãnh đạo, chỉ đạo thực hiện
    /// các nhiệm vụ sau:") is not.
    /// </summary>
    public static bool ActsItself(string text) =>
        HandOverWords().Replace(WithoutNames(text, out _), " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 8;

    /// <summary>An owner heading of many bodies ("5. Đảng đoàn Ủy ban MTTQ tỉnh, các đảng đoàn tổ chức chính trị - xã hội, Ban Thường vụ Tỉnh đoàn").</summary>
    public static bool NamesOnly(string text) => Separators().IsMatch(WithoutNames(text, out var names)) && names > 0;

    /// <summary>The text with the agency names it holds blanked out.</summary>
    private static string WithoutNames(string text, out int names)
    {
        var chars = text.ToCharArray();
        var mentions = AgencyRecognizer.Find(text);
        foreach (var mention in mentions)
        {
            Array.Fill(chars, ' ', mention.Start, Math.Min(mention.End, text.Length) - mention.Start);
        }
        names = mentions.Count;
        return new string(chars);
    }

    /// <summary>The words of handing work down, and the filler around them, left out when asking whether an item acts itself.</summary>
    [GeneratedRegex(@"(?i)(?<![\p{L}])(?:theo chức năng,? nhiệm vụ,?(?: quyền hạn)?(?: của mình| được giao)?|trong phạm vi[^,:]{0,40}|chủ trì|phối hợp|thực hiện|triển khai|tổ chức|nhiệm vụ|giải pháp|nội dung|một số|trọng tâm|chủ yếu|sau đây|sau|như|cụ thể|tập trung|lãnh đạo|chỉ đạo|có trách nhiệm|chịu trách nhiệm|chủ động|tiếp tục|đề nghị|giao|yêu cầu|căn cứ|đối với|lĩnh vực|và|các|với|của|được|trong|đó|gồm|bao gồm|những|thuộc|mình|để|đảm bảo|bảo đảm|khẩn trương|nghiêm túc|hiệu quả|có|liên quan|cơ quan|đơn vị|địa phương|là|đầu mối|\d+)(?![\p{L}])|[,;.:()\-–*""“”]")]
    private static partial Regex HandOverWords();

    [GeneratedRegex(@"^(?:[\s,;:.]|và)*$")]
    private static partial Regex Separators();
}
