namespace Ingest.Search.Indexing;

/// <summary>
/// Names of the index fields. Every item (task, target, source document) carries its document's fields, so that
/// any question mixes them freely: <c>lead:"Sở Y tế" place:"Điện Biên" due:2025</c>.
/// </summary>
public static class IndexFields
{
    /// <summary>task, target or document.</summary>
    public const string Type = "type";

    /// <summary>The item's stable id (<see cref="ItemIds"/>), an exact term; it is stored within the item (<see cref="Payload"/>).</summary>
    public const string ItemId = "item_id";

    public const string DocumentId = "doc_id";

    /// <summary>The document id again as sorted doc values, to group matching items by document without reading them.</summary>
    public const string DocumentGroup = "doc_dv";

    /// <summary>
    /// Text as written (lower case, with diacritics): syllables with their frequencies, no positions. It ranks exact
    /// matches above folded ones; phrases and bigrams are matched in the folded text, which holds every match anyway.
    /// Indexing both forms with bigrams and positions cost a third more time and space for no other answer.
    /// </summary>
    public const string Text = "text";

    /// <summary>The same text folded (no diacritics, đ → d): syllables and syllable bigrams, with positions.</summary>
    public const string TextFolded = "text_f";

    /// <summary>
    /// Folded, analysed names of the leads and of the supports. Each owner's name is indexed once, under its role:
    /// owner: (any role) asks both fields, where a third field of every name cost a twentieth of the terms of a task.
    /// </summary>
    public const string Lead = "lead";
    public const string Support = "support";

    /// <summary>Agency ids (<see cref="Agencies.AgencyIdentity"/>), exact terms.</summary>
    public const string OwnerId = "owner_id";
    public const string LeadId = "lead_id";
    public const string SupportId = "support_id";

    /// <summary>Folded, analysed document fields.</summary>
    public const string Kind = "kind";
    public const string Issuer = "issuer";
    public const string Place = "place";

    /// <summary>Key of the document's number (<see cref="DocumentNumbers.Key"/>), and keys of the numbers it cites.</summary>
    public const string Number = "number";
    public const string Cites = "cites";

    /// <summary>Document date and due date as yyyymmdd integers: range queries, and sorting (through the field cache).</summary>
    public const string Date = "date_n";
    public const string Due = "due_n";

    /// <summary>
    /// Precision step of the date fields: 4 terms per date, where Lucene's default step (4) writes 8, and every item has
    /// one or two dates. A range over yyyymmdd dates still needs few terms; an index written with step 4 holds every
    /// term that a query with step 8 asks for, so older indexes keep answering.
    /// </summary>
    public const int DatePrecisionStep = 8;

    public const string Recurrence = "recurrence";

    /// <summary>One sorted-set doc-values field for every facet dimension: values "dim\u001fvalue".</summary>
    public const string Facets = "facets";

    /// <summary>Prefix of the exact-value fields that facet filters match (<c>f_place</c>, <c>f_lead</c>, ...).</summary>
    public const string FilterPrefix = "f_";

    /// <summary>The stored item (JSON) that a hit is read back from.</summary>
    public const string Payload = "payload";
}
