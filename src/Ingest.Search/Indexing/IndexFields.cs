namespace Ingest.Search.Indexing;

/// <summary>Names of the index fields. Text fields come in an exact and a folded (<c>_f</c>) form.</summary>
public static class IndexFields
{
    public const string Type = "type";
    public const string DocumentId = "doc_id";
    public const string File = "file";
    public const string Number = "number";
    public const string Kind = "kind";
    public const string Issuer = "issuer";
    public const string Place = "place";
    public const string Year = "year";
    public const string Date = "date";
    public const string Title = "title";
    public const string Text = "text";
    public const string TextFolded = "text_f";
    public const string Owner = "owner";
    public const string Lead = "lead";
    public const string Support = "support";
    public const string Payload = "payload";

    /// <summary>Fields analysed with the folding analyzer.</summary>
    public static readonly string[] FoldedFields = [TextFolded, Owner, Lead, Support, Issuer, Place, Kind];
}
