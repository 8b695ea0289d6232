using System.Globalization;
using Ingest.Core.Vietnamese;
using Ingest.Search.Tests.TestSupport;

namespace Ingest.Search.Tests.Relevance;

/// <summary>
/// What each kind of query means, written directly over the gold records (folded words as the spec's scoring folds
/// them), without the search code: the expected answers of the relevance questions.
/// </summary>
public static class GoldPredicates
{
    private static string[] Words(string text) => VietnameseText.FoldForComparison(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The words appear consecutively, in order.</summary>
    public static bool ContainsPhrase(string text, string phrase) =>
        $" {string.Join(' ', Words(text))} ".Contains($" {string.Join(' ', Words(phrase))} ", StringComparison.Ordinal);

    /// <summary>Every word appears, in any order.</summary>
    public static bool ContainsAll(GoldItem item, string words) => Words(words).All(item.Words.Contains);

    public static bool Phrase(GoldItem item, string phrase) => ContainsPhrase(item.Text, phrase);

    public static bool Owns(GoldItem item, string name, string? role = null) =>
        item.Type == "task" && item.Owners.Any(o => ContainsPhrase(o.Name, name) && (role is null || o.Role == role));

    /// <summary>The last day of the item's due period, as yyyymmdd.</summary>
    public static int? DueLastDay(GoldItem item)
    {
        if (item.Due is not { } due)
        {
            return null;
        }
        var year = int.Parse(due[..4], CultureInfo.InvariantCulture);
        return due.Length switch
        {
            4 => year * 10000 + 1231,
            7 => year * 10000 + int.Parse(due[5..7], CultureInfo.InvariantCulture) * 100
                 + DateTime.DaysInMonth(year, int.Parse(due[5..7], CultureInfo.InvariantCulture)),
            _ => int.Parse(due.Replace("-", ""), CultureInfo.InvariantCulture),
        };
    }

    public static bool DueBetween(GoldItem item, int first, int last) => DueLastDay(item) is { } day && day >= first && day <= last;

    public static bool DueYear(GoldItem item, int year) => DueBetween(item, year * 10000 + 101, year * 10000 + 1231);

    public static bool Cites(GoldItem item, string number) =>
        item.Document.References.Any(r => VietnameseText.FoldForComparison(r) == VietnameseText.FoldForComparison(number));

    public static bool Field(string? value, string phrase) => value is not null && ContainsPhrase(value, phrase);
}
