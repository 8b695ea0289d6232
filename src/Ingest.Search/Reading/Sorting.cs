using Ingest.Search.Indexing;
using Ingest.Search.Results;
using Lucene.Net.Search;

namespace Ingest.Search.Reading;

/// <summary>
/// Sort orders on the indexed yyyymmdd integers, read through the field cache (so indexing writes no extra doc values:
/// Lucene.Net's numeric doc-values writer measures its memory by reflection on every value); items without the date
/// come last, ties by relevance.
/// </summary>
internal static class Sorting
{
    private static readonly Sort ByDue = new(Int32Field(IndexFields.Due, reverse: false, missing: int.MaxValue), SortField.FIELD_SCORE);

    private static readonly Sort ByDateNewestFirst = new(Int32Field(IndexFields.Date, reverse: true, missing: int.MinValue), SortField.FIELD_SCORE);

    public static Sort For(SearchSort sort) => sort switch
    {
        SearchSort.Due => ByDue,
        SearchSort.Date => ByDateNewestFirst,
        _ => Sort.RELEVANCE,
    };

    private static SortField Int32Field(string field, bool reverse, int missing)
    {
        var sortField = new SortField(field, FieldCache.NUMERIC_UTILS_INT32_PARSER, reverse);
        sortField.SetMissingValue(missing);
        return sortField;
    }
}
