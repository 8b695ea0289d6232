using Ingest.Search.Indexing;
using Lucene.Net.Search;

namespace Ingest.Search.Querying;

/// <summary>
/// due:, year: and date: values: a year, a month or a day is the range of its days; [from TO to] spans from the first
/// day of the first to the last day of the second, * leaving an end open.
/// </summary>
internal static class DateValues
{
    public static Query Period(string field, QueryToken name, string value)
    {
        var first = IsoDates.FirstDay(value) ?? throw QueryErrors.BadDate(name, value);
        return NumericRangeQuery.NewInt32Range(field, IndexFields.DatePrecisionStep, first, IsoDates.LastDay(value)!.Value, true, true);
    }

    public static Query Range(string field, QueryToken name, string from, string to)
    {
        int? first = from == "*" ? null : IsoDates.FirstDay(from) ?? throw QueryErrors.BadDate(name, from);
        int? last = to == "*" ? null : IsoDates.LastDay(to) ?? throw QueryErrors.BadDate(name, to);
        return NumericRangeQuery.NewInt32Range(field, IndexFields.DatePrecisionStep, first, last, true, true);
    }
}
