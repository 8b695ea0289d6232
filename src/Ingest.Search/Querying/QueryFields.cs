namespace Ingest.Search.Querying;

/// <summary>The field names people can write before a colon, with an example of each.</summary>
internal static class QueryFields
{
    public const string Owner = "owner";
    public const string Lead = "lead";
    public const string Support = "support";
    public const string Due = "due";
    public const string Year = "year";
    public const string Date = "date";
    public const string Kind = "kind";
    public const string Issuer = "issuer";
    public const string Place = "place";
    public const string Type = "type";
    public const string Cites = "cites";
    public const string Number = "number";
    public const string Recurrence = "recurrence";
    public const string Document = "doc";

    public static readonly IReadOnlyDictionary<string, string> Examples = new Dictionary<string, string>
    {
        [Owner] = "owner:\"Sở Y tế\"",
        [Lead] = "lead:\"Sở Nội vụ\"",
        [Support] = "support:\"Sở Tài chính\"",
        [Due] = "due:2025, due:2025-06, due:[2025-01 TO 2025-06]",
        [Year] = "year:2018, year:[2018 TO 2020]",
        [Date] = "date:2018-08, date:[2018-01 TO 2018-06]",
        [Kind] = "kind:\"Kế hoạch\"",
        [Issuer] = "issuer:\"Ủy ban nhân dân tỉnh Điện Biên\"",
        [Place] = "place:\"Điện Biên\"",
        [Type] = "type:task, type:target, type:document, type:task|target",
        [Cites] = "cites:\"19-NQ/TW\"",
        [Number] = "number:\"2235/KH-UBND\"",
        [Recurrence] = "recurrence:annual",
        [Document] = "doc:DOCUMENT_ID",
    };

    public static string Known => string.Join(", ", Examples.Keys.Select(k => k + ":"));
}
