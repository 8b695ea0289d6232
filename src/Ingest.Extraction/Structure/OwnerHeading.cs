using System.Text.RegularExpressions;
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

    [GeneratedRegex(@"^(?:Đề nghị|Giao|Yêu cầu)\s+")]
    private static partial Regex RequestWord();
}
