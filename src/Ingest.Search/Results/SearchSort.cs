namespace Ingest.Search.Results;

/// <summary>How hits are ordered: best match first, earliest due date first, or newest document first.</summary>
public enum SearchSort
{
    Relevance,
    Due,
    Date,
}
