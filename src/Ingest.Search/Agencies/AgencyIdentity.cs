using System.Collections.Concurrent;
using Ingest.Core.Vietnamese;

namespace Ingest.Search.Agencies;

/// <summary>
/// The stable id of an agency: its folded canonical name, scoped by the issuing place for local agencies, because
/// "Sở Y tế" of Điện Biên is not "Sở Y tế" of Bình Định. National agencies (Bộ, Chính phủ, Trung ương, ...) are the
/// same wherever they are named. Ids are ASCII and URL-safe: <c>so-y-te@dien-bien</c>, <c>bo-xay-dung</c>.
/// </summary>
public static class AgencyIdentity
{
    public const char ScopeSeparator = '@';

    // Names and places repeat on every task; their folding is remembered (bounded, for a long-running server).
    private const int MaxRemembered = 100_000;
    private static readonly ConcurrentDictionary<string, string> FoldedNames = new(StringComparer.Ordinal);

    // Folded prefixes of agencies that exist once for the whole country.
    private static readonly string[] NationalPrefixes =
    [
        "bo ", "chinh phu", "thu tuong", "pho thu tuong", "van phong chinh phu", "ngan hang nha nuoc",
        "kiem toan nha nuoc", "quoc hoi", "uy ban thuong vu quoc hoi", "toa an nhan dan toi cao",
        "vien kiem sat nhan dan toi cao", "thong tan xa viet nam", "dai truyen hinh viet nam", "dai tieng noi viet nam",
        "bao hiem xa hoi viet nam", "bo chinh tri", "ban bi thu", "uy ban dan toc", "thanh tra chinh phu",
        "cac bo", "cac co quan ngang bo",
    ];

    /// <summary>The agency's id as named in a document issued at <paramref name="place"/> (null when unknown).</summary>
    public static string Of(string name, string? place)
    {
        var folded = Slug(name);
        if (folded.Length == 0)
        {
            return "";
        }
        var scope = place is null ? "" : Slug(place);
        return IsNational(name) || scope.Length == 0 ? folded : folded + ScopeSeparator + scope;
    }

    /// <summary>
    /// How to show the agency among others: its name, with the place for a local agency whose name does not say it
    /// ("Sở Y tế (Điện Biên)"), so that facets and matrices tell the Sở Y tế of two provinces apart.
    /// </summary>
    public static string Label(string name, string? place)
    {
        if (place is null || IsNational(name) || Folded(name).Contains(Folded(place), StringComparison.Ordinal))
        {
            return name;
        }
        return $"{name} ({place})";
    }

    /// <summary>True for agencies that are not scoped by place.</summary>
    public static bool IsNational(string name)
    {
        var folded = Folded(name);
        return folded.Contains("trung uong", StringComparison.Ordinal)
            || NationalPrefixes.Any(prefix => folded.StartsWith(prefix, StringComparison.Ordinal) || folded == prefix.TrimEnd());
    }

    /// <summary>Folded words joined by '-': "Sở Y tế" → "so-y-te".</summary>
    public static string Slug(string text) => Folded(text).Replace(' ', '-');

    private static string Folded(string text)
    {
        if (FoldedNames.TryGetValue(text, out var folded))
        {
            return folded;
        }
        if (FoldedNames.Count >= MaxRemembered)
        {
            FoldedNames.Clear();
        }
        return FoldedNames[text] = VietnameseText.FoldForComparison(text);
    }
}
