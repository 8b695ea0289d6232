using System.Text.RegularExpressions;
using Ingest.Core.Extraction;
using Ingest.Extraction.Owners;
using Ingest.Extraction.Tasks;

namespace Ingest.Extraction.Structure;

/// <summary>
/// A numbered heading that only names who acts ("1. Sở Y tế", "7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành
/// phố") over the paragraph of their work. OCR often reads the heading and the paragraph's first line as one
/// paragraph ("1. Sở Y tế" / "Chủ trì phối hợp với …"); the heading ends where its line ends when the next line starts
/// a sentence of its own rather than finishing a name ("2. Ban Quản lý Khu kinh tế" / "Đông Nam").
/// </summary>
internal static partial class OwnerHeading
{
    /// <summary>Whether the paragraph that starts with <paramref name="line"/> ends with it, given the next line.</summary>
    public static bool EndsHere(string line, string next)
    {
        if (next.Length == 0 || !char.IsUpper(next[0]) || ListMarker.Match(line) is not { } marker)
        {
            return false;
        }
        var names = RequestWord().Replace(marker.Rest, "");
        if (!NamesOnly(names))
        {
            return false;
        }
        var joined = names + " " + next;
        return !AgencyRecognizer.Find(joined).Any(m => m.Start < names.Length && m.End > names.Length);
    }

    /// <summary>The words after a heading's number only name bodies, maybe after the word that asks them ("Đề nghị …").</summary>
    public static bool NamesOnly(string rest) => RequestWord().Replace(rest, "") is { Length: > 0 } names && ItemText.NamesOnly(names);

    /// <summary>
    /// A heading over items that describes one group at length ("5. Các chủ rừng là tổ chức (các Ban quản lý …)",
    /// "11. Đề nghị các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa"): the whole description names the
    /// owner, up to a bracketed list of examples, where the recogniser stops at the first word that is no name. Null
    /// when the heading is not one group opening with "các" described without a verb of handing work down.
    /// </summary>
    public static Owner? DescribedGroup(string rest, IReadOnlyList<Owner> owners)
    {
        // "14. Chủ sở hữu, người quản lý, sử dụng nhà ở … có trách nhiệm:": no body the recogniser knows, but the
        // heading gives its subject a duty over the items.
        if (owners.Count == 0 && SubjectWithDuty().Match(rest.Replace("**", "").Trim()) is { Success: true } duty
            && duty.Groups["subject"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2 * MaxDescribedWords)
        {
            return new Owner(AgencyNames.Canonical(duty.Groups["subject"].Value, described: true), Owner.Lead);
        }
        var described = ExampleList().Replace(RequestWord().Replace(rest, ""), "").Trim().TrimEnd('.', '…', ' ');
        if (owners is not [{ Role: Owner.Lead } only] || !GroupOpening().IsMatch(described) || HandingDown().IsMatch(described)
            || described.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxDescribedWords)
        {
            return null;
        }
        var canonical = AgencyNames.Canonical(described, described: true);
        return canonical.Length > only.Name.Length && canonical.StartsWith(only.Name, StringComparison.OrdinalIgnoreCase)
            ? new Owner(canonical, Owner.Lead)
            : null;
    }

    private const int MaxDescribedWords = 16;

    [GeneratedRegex(@"^[Cc]ác\s")]
    private static partial Regex GroupOpening();

    [GeneratedRegex(@"^(?<subject>\p{Lu}[^:;.()]{2,200}?)\s+(?:có|chịu)\s+trách\s+nhiệm\s*:\s*$")]
    private static partial Regex SubjectWithDuty();

    /// <summary>A bracketed list of examples after the group, and what follows it.</summary>
    [GeneratedRegex(@"\s*\(.*$", RegexOptions.Singleline)]
    private static partial Regex ExampleList();

    [GeneratedRegex(@"(?<![\p{L}])(?:chủ trì|phối hợp|theo|căn cứ|có trách nhiệm|chịu trách nhiệm|thực hiện|triển khai|giao|[:;])(?![\p{L}])")]
    private static partial Regex HandingDown();

    [GeneratedRegex(@"^(?:Đề nghị|Giao|Yêu cầu)\s+")]
    private static partial Regex RequestWord();
}
