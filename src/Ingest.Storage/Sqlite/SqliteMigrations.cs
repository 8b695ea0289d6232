using Dapper;
using Microsoft.Data.Sqlite;

namespace Ingest.Storage.Sqlite;

/// <summary>Schema versions, applied in order; the database's user_version records the last one applied.</summary>
internal static class SqliteMigrations
{
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE documents (
            id          TEXT PRIMARY KEY,      -- SHA-256 of the original bytes, hex
            file_name   TEXT NOT NULL,
            media_type  TEXT NOT NULL,
            size        INTEGER NOT NULL,
            status      TEXT NOT NULL,
            error       TEXT NULL,
            received_at TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        );
        CREATE INDEX documents_status ON documents(status);
        CREATE TABLE pages (
            document_id TEXT NOT NULL REFERENCES documents(id),
            number      INTEGER NOT NULL,
            text        TEXT NOT NULL,
            method      TEXT NOT NULL,
            confidence  REAL NULL,
            PRIMARY KEY (document_id, number)
        );
        CREATE TABLE extractions (
            document_id TEXT NOT NULL REFERENCES documents(id),
            version     INTEGER NOT NULL,
            json        TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            PRIMARY KEY (document_id, version)
        );
        """,
        // 2: word boxes of OCR'd pages (for the review UI) and the searchable PDF kept beside a scanned original.
        """
        ALTER TABLE pages ADD COLUMN layout_json TEXT NULL;
        CREATE TABLE searchable_pdfs (
            document_id TEXT PRIMARY KEY REFERENCES documents(id),
            size        INTEGER NOT NULL,
            created_at  TEXT NOT NULL
        );
        """,
    ];

    public static void Apply(SqliteConnection connection)
    {
        var version = connection.ExecuteScalar<long>("PRAGMA user_version");
        for (var step = (int)version; step < Steps.Length; step++)
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(Steps[step], transaction: transaction);
            connection.Execute($"PRAGMA user_version = {step + 1}", transaction: transaction);
            transaction.Commit();
        }
    }
}
