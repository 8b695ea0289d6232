using System.Text;
using Ingest.Core.Documents;
using Ingest.Core.Extraction;
using Ingest.Core.Text;
using Ingest.Storage.Sqlite;
using Ingest.TestSupport;

namespace Ingest.Storage.Tests.Sqlite;

public sealed class SqliteDocumentStoreTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly SqliteDocumentStore _store;
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public SqliteDocumentStoreTests() => _store = NewStore();

    private SqliteDocumentStore NewStore() => new(_temp.Combine("ingest.db"), _temp.Combine("archive"));

    private static DocumentRecord Record(string id) =>
        new(id, "kế-hoạch.txt", "text/plain", 3, DocumentStatus.Received, null, Now, Now);

    [Fact]
    public void Stores_a_document_and_its_original_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("Sở");
        Assert.True(_store.TryAdd(Record("ab12"), bytes));
        Assert.Equal(bytes, _store.ReadOriginal("ab12"));
        Assert.Equal("kế-hoạch.txt", _store.Find("ab12")!.FileName);
    }

    [Fact]
    public void The_same_id_twice_is_one_document()
    {
        Assert.True(_store.TryAdd(Record("ab12"), [1, 2, 3]));
        Assert.False(_store.TryAdd(Record("ab12"), [1, 2, 3]));
        Assert.Single(_store.List());
    }

    [Fact]
    public void Unfinished_lists_everything_not_indexed_or_failed_and_survives_reopening()
    {
        foreach (var id in new[] { "a1", "b2", "c3", "d4" })
        {
            _store.TryAdd(Record(id), [0]);
        }
        _store.SetStatus("b2", DocumentStatus.Indexed);
        _store.SetStatus("c3", DocumentStatus.Failed, "bad");
        _store.SetStatus("d4", DocumentStatus.Extracted);

        var reopened = NewStore();
        Assert.Equal(["a1", "d4"], reopened.ListUnfinished().Select(d => d.Id).Order());
        Assert.Equal("bad", reopened.Find("c3")!.Error);
    }

    [Fact]
    public void Pages_round_trip_with_method_and_confidence()
    {
        _store.TryAdd(Record("p1"), [0]);
        _store.SavePages("p1", new DocumentText([new PageText(1, "Trang một", TextMethod.Ocr, 91.5), new PageText(2, "Trang hai", TextMethod.TextLayer)]));
        var pages = _store.LoadPages("p1")!.Pages;
        Assert.Equal(2, pages.Count);
        Assert.Equal(TextMethod.Ocr, pages[0].Method);
        Assert.Equal(91.5, pages[0].Confidence);
        Assert.Null(pages[1].Confidence);
    }

    [Fact]
    public void Each_extraction_is_a_new_version_and_the_latest_is_loaded()
    {
        _store.TryAdd(Record("e1"), [0]);
        var first = new DirectiveExtraction { Document = new DocumentFields { File = "a.txt", Number = "1/KH-UBND" } };
        var second = first with { Tasks = [new TaskItem { Text = "Sở Y tế chủ trì.", Owners = [new Owner("Sở Y tế", Owner.Lead)] }] };
        Assert.Equal(1, _store.SaveExtraction("e1", first));
        Assert.Equal(2, _store.SaveExtraction("e1", second));
        var latest = _store.LoadLatestExtraction("e1")!;
        Assert.Equal("Sở Y tế", latest.Tasks.Single().Owners.Single().Name);
    }

    [Fact]
    public void Latest_extractions_list_every_extracted_or_indexed_document_once_with_its_newest_version()
    {
        foreach (var id in new[] { "a1", "b2", "c3", "d4" })
        {
            _store.TryAdd(Record(id), [0]);
        }
        var version1 = new DirectiveExtraction { Document = new DocumentFields { File = "a.txt", Number = "1/KH-UBND" } };
        var version2 = version1 with { Document = version1.Document with { Number = "2/KH-UBND" } };
        _store.SaveExtraction("a1", version1);
        _store.SaveExtraction("a1", version2);
        _store.SetStatus("a1", DocumentStatus.Extracted);
        _store.SaveExtraction("b2", version1);
        _store.SetStatus("b2", DocumentStatus.Indexed);
        _store.SaveExtraction("c3", version1);
        _store.SetStatus("c3", DocumentStatus.Failed, "bad");
        // d4 is still Received, without any extraction.

        var listed = _store.ListLatestExtractions().ToList();

        Assert.Equal(["a1", "b2"], listed.Select(d => d.Document.Id));
        Assert.Equal(["2/KH-UBND", "1/KH-UBND"], listed.Select(d => d.Extraction.Document.Number));
        Assert.Equal([DocumentStatus.Extracted, DocumentStatus.Indexed], listed.Select(d => d.Document.Status));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Keeps_word_boxes_of_ocrd_pages()
    {
        _store.TryAdd(Record("ab12"), [1]);
        var layout = new PageLayout(2480, 3508, 300, [new WordBox("Sở", 91.5, 236, 250, 80, 40)]);
        _store.SavePages("ab12", new DocumentText([new PageText(1, "Sở", TextMethod.Ocr, 91, layout), new PageText(2, "tế", TextMethod.TextLayer)]));
        var pages = _store.LoadPages("ab12")!.Pages;
        Assert.Equal(layout.Words, pages[0].Layout!.Words);
        Assert.Equal((2480, 3508, 300), (pages[0].Layout!.Width, pages[0].Layout!.Height, pages[0].Layout!.Dpi));
        Assert.Null(pages[1].Layout);
    }

    [Fact]
    public void Keeps_the_searchable_pdf_beside_the_original()
    {
        _store.TryAdd(Record("ab12"), [1]);
        Assert.Null(_store.ReadSearchablePdf("ab12"));
        _store.SaveSearchablePdf("ab12", "%PDF-1.5 one"u8);
        _store.SaveSearchablePdf("ab12", "%PDF-1.5 two"u8);
        Assert.Equal("%PDF-1.5 two"u8.ToArray(), _store.ReadSearchablePdf("ab12"));
        Assert.True(File.Exists(_temp.Combine("archive", "ab", "ab12.searchable.pdf")));
    }

    [Fact]
    public void A_store_of_the_first_schema_is_migrated_and_keeps_its_pages()
    {
        var path = _temp.Combine("old.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE documents (id TEXT PRIMARY KEY, file_name TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER NOT NULL,
                    status TEXT NOT NULL, error TEXT NULL, received_at TEXT NOT NULL, updated_at TEXT NOT NULL);
                CREATE INDEX documents_status ON documents(status);
                CREATE TABLE pages (document_id TEXT NOT NULL REFERENCES documents(id), number INTEGER NOT NULL, text TEXT NOT NULL,
                    method TEXT NOT NULL, confidence REAL NULL, PRIMARY KEY (document_id, number));
                CREATE TABLE extractions (document_id TEXT NOT NULL REFERENCES documents(id), version INTEGER NOT NULL, json TEXT NOT NULL,
                    created_at TEXT NOT NULL, PRIMARY KEY (document_id, version));
                INSERT INTO documents VALUES ('old1', 'a.txt', 'text/plain', 1, 'Text', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
                INSERT INTO pages VALUES ('old1', 1, 'Sở Y tế', 'PlainText', NULL);
                PRAGMA user_version = 1;
                """;
            command.ExecuteNonQuery();
        }
        var store = new SqliteDocumentStore(path, _temp.Combine("archive"));
        Assert.Equal("Sở Y tế", store.LoadPages("old1")!.FullText);
        Assert.Null(store.ReadSearchablePdf("old1"));
    }
}
