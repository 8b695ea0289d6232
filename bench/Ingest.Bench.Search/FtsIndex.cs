using System.Globalization;
using System.Text.Json;
using Ingest.Core.Extraction;
using Ingest.Core.Vietnamese;
using Ingest.Search.Agencies;
using Ingest.Search.Results;
using Microsoft.Data.Sqlite;

namespace Ingest.Bench.Search;

/// <summary>
/// What a user might build instead: SQLite FTS5 (the one bundled with Microsoft.Data.Sqlite) over the same items.
/// Exact text and pre-folded text (the same folding as ours, since FTS5's unicode61 does not fold đ) in two columns,
/// owner names folded, citations; structured fields in a plain table; agencies in an owners table for GROUP BY facets.
/// </summary>
public sealed class FtsIndex : IDisposable
{
    private const string Rank = "bm25(fts, 2.0, 1.0, 1.0, 1.0, 1.0, 1.0)";
    private const int Top = 20;
    private readonly SqliteConnection _connection;

    public FtsIndex(string path)
    {
        Path = path;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;");
    }

    public string Path { get; }

    public static FtsIndex Build(string path, IReadOnlyList<(string Id, DirectiveExtraction Extraction)> documents)
    {
        File.Delete(path);
        var index = new FtsIndex(path);
        index.Execute("""
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
            CREATE TABLE items(id INTEGER PRIMARY KEY, type TEXT NOT NULL, doc TEXT NOT NULL, place TEXT, kind TEXT, issuer TEXT,
                               year INTEGER, date INTEGER, due INTEGER, due_year INTEGER, payload TEXT NOT NULL);
            CREATE TABLE owners(item INTEGER NOT NULL, agency TEXT NOT NULL, role TEXT NOT NULL);
            CREATE VIRTUAL TABLE fts USING fts5(text, text_f, owner_f, lead_f, support_f, cites, content='', tokenize='unicode61 remove_diacritics 0');
            """);
        index.Load(documents);
        index.Execute("""
            CREATE INDEX items_place_due ON items(place, due);
            CREATE INDEX items_kind_year ON items(kind, year);
            CREATE INDEX owners_item ON owners(item);
            INSERT INTO fts(fts) VALUES('optimize');
            ANALYZE;
            """);
        return index;
    }

    private void Load(IReadOnlyList<(string Id, DirectiveExtraction Extraction)> documents)
    {
        using var transaction = _connection.BeginTransaction();
        using var item = Command("INSERT INTO items VALUES ($id, $type, $doc, $place, $kind, $issuer, $year, $date, $due, $due_year, $payload)");
        using var owner = Command("INSERT INTO owners VALUES ($item, $agency, $role)");
        using var text = Command("INSERT INTO fts(rowid, text, text_f, owner_f, lead_f, support_f, cites) VALUES ($id, $text, $text_f, $owner_f, $lead_f, $support_f, $cites)");
        long id = 0;
        foreach (var (documentId, extraction) in documents)
        {
            var d = extraction.Document;
            var date = d.Date is { } iso ? int.Parse(iso.Replace("-", ""), CultureInfo.InvariantCulture) : (int?)null;
            var cites = string.Join(" | ", d.References.Select(VietnameseText.FoldForComparison));
            Insert(item, text, ++id, "document", documentId, d, date, null, d.Title ?? d.File, [], cites);
            foreach (var task in extraction.Tasks)
            {
                var due = task.Deadline?.Due is { Length: 10 } dueIso ? int.Parse(dueIso.Replace("-", ""), CultureInfo.InvariantCulture) : (int?)null;
                Insert(item, text, ++id, "task", documentId, d, date, due, task.Text, task.Owners, cites);
                foreach (var o in task.Owners)
                {
                    Bind(owner, ("$item", id), ("$agency", AgencyIdentity.Of(o.Name, d.Place)), ("$role", o.Role));
                    owner.ExecuteNonQuery();
                }
            }
        }
        transaction.Commit();
    }

    private static void Insert(SqliteCommand item, SqliteCommand text, long id, string type, string documentId, DocumentFields d,
        int? date, int? due, string body, IReadOnlyList<Owner> owners, string cites)
    {
        var payload = JsonSerializer.Serialize(new { type, id, text = body, owners, document = new { documentId, d.Number, d.Place, d.Date } });
        Bind(item, ("$id", id), ("$type", type), ("$doc", documentId), ("$place", d.Place), ("$kind", d.Kind), ("$issuer", d.Issuer),
            ("$year", date / 10000), ("$date", date), ("$due", due), ("$due_year", due / 10000), ("$payload", payload));
        item.ExecuteNonQuery();
        Bind(text, ("$id", id), ("$text", body), ("$text_f", VietnameseText.Fold(body)),
            ("$owner_f", Names(owners, null)), ("$lead_f", Names(owners, Owner.Lead)), ("$support_f", Names(owners, Owner.Support)), ("$cites", cites));
        text.ExecuteNonQuery();
    }

    /// <summary>Folded names, separated so that a phrase rarely spans two (FTS5 has no position gap).</summary>
    private static string Names(IReadOnlyList<Owner> owners, string? role) =>
        string.Join(" | ", owners.Where(o => role is null || o.Role == role).Select(o => VietnameseText.FoldForComparison(o.Name)));

    /// <summary>Runs one query as its FTS5 equivalent; returns the number of hits read (their payloads included).</summary>
    public int Run(FtsQuery query)
    {
        if (query.Facets)
        {
            return RunWithFacets(query);
        }
        var where = query.Where is null ? "" : $" AND {query.Where}";
        var sql = (query.Match, query.Sort) switch
        {
            (null, _) => $"SELECT i.payload FROM items i WHERE {query.Where} LIMIT {Top}",
            (_, SearchSort.Due) => $"SELECT i.payload FROM fts JOIN items i ON i.id = fts.rowid WHERE fts MATCH $match{where} ORDER BY i.due IS NULL, i.due LIMIT {Top}",
            (_, SearchSort.Date) => $"SELECT i.payload FROM fts JOIN items i ON i.id = fts.rowid WHERE fts MATCH $match{where} ORDER BY i.date DESC LIMIT {Top}",
            _ when query.Where is null => $"SELECT i.payload FROM (SELECT rowid AS id, {Rank} AS s FROM fts WHERE fts MATCH $match ORDER BY s LIMIT {Top}) r JOIN items i ON i.id = r.id ORDER BY r.s",
            _ => $"SELECT i.payload FROM fts JOIN items i ON i.id = fts.rowid WHERE fts MATCH $match{where} ORDER BY {Rank} LIMIT {Top}",
        };
        return Read(sql, query);
    }

    /// <summary>Matches into a temporary table once, then the top hits, the total and one GROUP BY per facet.</summary>
    private int RunWithFacets(FtsQuery query)
    {
        Execute("DROP TABLE IF EXISTS temp.m");
        using (var fill = Command($"CREATE TEMP TABLE m AS SELECT rowid AS id, {Rank} AS s FROM fts WHERE fts MATCH $match"))
        {
            Bind(fill, query);
            fill.ExecuteNonQuery();
        }
        var hits = Read($"SELECT i.payload FROM m JOIN items i ON i.id = m.id ORDER BY m.s LIMIT {Top}", query);
        Read("SELECT count(*) FROM m", query);
        foreach (var column in new[] { "type", "place", "issuer", "kind", "year", "due_year" })
        {
            Read($"SELECT i.{column}, count(*) FROM m JOIN items i ON i.id = m.id WHERE i.{column} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 10", query);
        }
        foreach (var role in new[] { "o.role = 'lead'", "o.role = 'support'", "1" })
        {
            Read($"SELECT o.agency, count(DISTINCT o.item) FROM m JOIN owners o ON o.item = m.id WHERE {role} GROUP BY 1 ORDER BY 2 DESC LIMIT 10", query);
        }
        return hits;
    }

    private int Read(string sql, FtsQuery query)
    {
        using var command = Command(sql);
        Bind(command, query);
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            _ = reader.GetValue(0);
            rows++;
        }
        return rows;
    }

    private void Bind(SqliteCommand command, FtsQuery query)
    {
        if (query.Match is not null && command.CommandText.Contains("$match", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$match", query.Match);
        }
        foreach (var (name, value) in query.Parameters)
        {
            if (command.CommandText.Contains(name, StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue(name, value);
            }
        }
    }

    private static void Bind(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
