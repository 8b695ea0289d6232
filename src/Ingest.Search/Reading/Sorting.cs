using Ingest.Search.Indexing;
using Ingest.Search.Results;
using Lucene.Net.Search;

namespace Ingest.Search.Reading;

/// <summary>Sort orders on the numeric doc values; items without the date come last, ties by relevance.</summary>
internal static class Sorting
{
    private static readonly Sort ByDue = new(Int32Field(IndexFields.DueSort, reverse: false, missing: int.MaxValue), SortField.FIELD_SCORE);

    private static readonly Sort ByDateNewestFirst = new(Int32Field(IndexFields.DateSort, reverse: true, missing: int.MinValue), SortField.FIELD_SCORE);

    public static Sort For(SearchSort sort) => sort switch
    {
        SearchSort.Due => ByDue,
        SearchSort.Date => ByDateNewestFirst,
        _ => Sort.RELEVANCE,
    };

    private static SortField Int32Field(string field, bool reverse, int missing)
    {
        var sortField = new SortField(field, SortFieldType.INT32, reverse);
        sortField.SetMissingValue(missing);
        return sortField;
    }
}
