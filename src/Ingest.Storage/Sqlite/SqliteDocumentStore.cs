using System.Globalization;
using Dapper;
using Ingest.Core.Documents;
using Ingest.Core.Extraction;
using Ingest.Core.Text;
using Microsoft.Data.Sqlite;

namespace Ingest.Storage.Sqlite;

/// <summary>
/// The default store: one SQLite file (WAL mode) for records, and a content-addressed folder of original files
/// (<c>archive/ab/abcdef….ext</c>) written before the record is committed.
/// </summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    private readonly string _connectionString;
    private readonly string _archiveDirectory;
    private readonly TimeProvider _time;

    public SqliteDocumentStore(string databasePath, string archiveDirectory, TimeProvider? time = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        Directory.CreateDirectory(archiveDirectory);
        _archiveDirectory = archiveDirectory;
        _time = time ?? TimeProvider.System;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = Open();
        connection.Execute("PRAGMA journal_mode = WAL;");
        SqliteMigrations.Apply(connection);
    }

    public bool TryAdd(DocumentRecord document, ReadOnlySpan<byte> original)
    {
        if (Find(document.Id) is not null)
        {
            return false;
        }
        WriteOriginal(document.Id, original);
        using var connection = Open();
        var inserted = connection.Execute(
            """
            INSERT OR IGNORE INTO documents (id, file_name, media_type, size, status, error, received_at, updated_at)
            VALUES (@Id, @FileName, @MediaType, @Size, @Status, @Error, @ReceivedAt, @UpdatedAt)
            """,
            new
            {
                document.Id, document.FileName, document.MediaType, document.Size,
                Status = document.Status.ToString(), document.Error,
                ReceivedAt = Iso(document.ReceivedAt), UpdatedAt = Iso(document.UpdatedAt),
            });
        return inserted == 1;
    }

    public DocumentRecord? Find(string id)
    {
        using var connection = Open();
        return connection.QuerySingleOrDefault<Row>("SELECT * FROM documents WHERE id = @id", new { id })?.ToRecord();
    }

    public IReadOnlyList<DocumentRecord> List(int limit = 200)
    {
        using var connection = Open();
        return connection.Query<Row>("SELECT * FROM documents ORDER BY received_at DESC LIMIT @limit", new { limit })
            .Select(r => r.ToRecord()).ToList();
    }

    public IReadOnlyList<DocumentRecord> ListUnfinished()
    {
        using var connection = Open();
        return connection.Query<Row>(
                "SELECT * FROM documents WHERE status NOT IN ('Indexed', 'Failed') ORDER BY received_at")
            .Select(r => r.ToRecord()).ToList();
    }

    public byte[] ReadOriginal(string id) => File.ReadAllBytes(OriginalPath(id));

    public void SetStatus(string id, DocumentStatus status, string? error = null)
    {
        using var connection = Open();
        connection.Execute(
            "UPDATE documents SET status = @status, error = @error, updated_at = @now WHERE id = @id",
            new { id, status = status.ToString(), error, now = Iso(_time.GetUtcNow()) });
    }

    public void SavePages(string id, DocumentText text)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM pages WHERE document_id = @id", new { id }, transaction);
        foreach (var page in text.Pages)
        {
            connection.Execute(
                "INSERT INTO pages (document_id, number, text, method, confidence, layout_json) VALUES (@id, @Number, @Text, @Method, @Confidence, @Layout)",
                new { id, page.Number, page.Text, Method = page.Method.ToString(), page.Confidence, Layout = PageLayoutJson.Serialize(page.Layout) },
                transaction);
        }
        transaction.Commit();
    }

    public DocumentText? LoadPages(string id)
    {
        using var connection = Open();
        var pages = connection.Query<(long Number, string Text, string Method, double? Confidence, string? Layout)>(
                "SELECT number, text, method, confidence, layout_json FROM pages WHERE document_id = @id ORDER BY number", new { id })
            .Select(p => new PageText((int)p.Number, p.Text, Enum.Parse<TextMethod>(p.Method), p.Confidence, PageLayoutJson.Deserialize(p.Layout)))
            .ToList();
        return pages.Count == 0 ? null : new DocumentText(pages);
    }

    public void SaveSearchablePdf(string id, ReadOnlySpan<byte> pdf)
    {
        WriteAtomically(SearchablePdfPath(id), pdf);
        using var connection = Open();
        connection.Execute(
            """
            INSERT INTO searchable_pdfs (document_id, size, created_at) VALUES (@id, @size, @now)
            ON CONFLICT (document_id) DO UPDATE SET size = excluded.size, created_at = excluded.created_at
            """,
            new { id, size = pdf.Length, now = Iso(_time.GetUtcNow()) });
    }

    public byte[]? ReadSearchablePdf(string id)
    {
        using var connection = Open();
        var known = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM searchable_pdfs WHERE document_id = @id", new { id }) > 0;
        var path = SearchablePdfPath(id);
        return known && File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    public int SaveExtraction(string id, DirectiveExtraction extraction)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        var version = connection.ExecuteScalar<long>(
            "SELECT COALESCE(MAX(version), 0) + 1 FROM extractions WHERE document_id = @id", new { id }, transaction);
        connection.Execute(
            "INSERT INTO extractions (document_id, version, json, created_at) VALUES (@id, @version, @json, @now)",
            new { id, version, json = ExtractionJson.Serialize(extraction), now = Iso(_time.GetUtcNow()) },
            transaction);
        transaction.Commit();
        return (int)version;
    }

    public DirectiveExtraction? LoadLatestExtraction(string id)
    {
        using var connection = Open();
        var json = connection.QuerySingleOrDefault<string>(
            "SELECT json FROM extractions WHERE document_id = @id ORDER BY version DESC LIMIT 1", new { id });
        return json is null ? null : ExtractionJson.Deserialize(json);
    }

    public IEnumerable<ExtractedDocument> ListLatestExtractions()
    {
        using var connection = Open();
        var rows = connection.Query<ExtractionRow>(
            """
            SELECT d.*, e.json
            FROM documents d
            JOIN extractions e ON e.document_id = d.id
            WHERE d.status IN ('Extracted', 'Indexed')
              AND e.version = (SELECT MAX(version) FROM extractions WHERE document_id = d.id)
            ORDER BY d.received_at, d.id
            """,
            buffered: false);
        foreach (var row in rows)
        {
            yield return new ExtractedDocument(row.ToRow().ToRecord(), ExtractionJson.Deserialize(row.json));
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        connection.Execute("PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;");
        return connection;
    }

    private string OriginalPath(string id) => Path.Combine(_archiveDirectory, id[..2], id);

    private string SearchablePdfPath(string id) => OriginalPath(id) + ".searchable.pdf";

    /// <summary>Writes to a temporary name then renames, so a crash never leaves a half-written file.</summary>
    private void WriteOriginal(string id, ReadOnlySpan<byte> original)
    {
        var path = OriginalPath(id);
        if (File.Exists(path))
        {
            return;
        }
        WriteAtomically(path, original);
    }

    private static void WriteAtomically(string path, ReadOnlySpan<byte> original)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(original);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private sealed record Row(
        string id, string file_name, string media_type, long size, string status, string? error,
        string received_at, string updated_at)
    {
        public DocumentRecord ToRecord() => new(
            id, file_name, media_type, size, Enum.Parse<DocumentStatus>(status), error,
            DateTimeOffset.Parse(received_at, CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(updated_at, CultureInfo.InvariantCulture));
    }

    private sealed record ExtractionRow(
        string id, string file_name, string media_type, long size, string status, string? error,
        string received_at, string updated_at, string json)
    {
        public Row ToRow() => new(id, file_name, media_type, size, status, error, received_at, updated_at);
    }
}
