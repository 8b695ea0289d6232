using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ingest.Core.Extraction;
using Ingest.Search.Agencies;
using Ingest.Search.Indexing;

namespace Ingest.Search.Tests.Indexing;

public sealed class PayloadWriterTests
{
    private static readonly StoredItem Task = new(
        ItemTypes.Task, "d1-task-1", "d1", "Sở Y tế chủ trì \"kiểm tra\" an toàn thực phẩm <2025>.",
        [new IndexedOwner("Sở Y tế", Owner.Lead, "so-y-te@dien-bien"), new IndexedOwner("Sở Công Thương", Owner.Support, "")],
        new Deadline("trước ngày 30/6/2025", null, "2025-06-30", null), null, null);

    private static readonly StoredItem Target = new(
        ItemTypes.Target, "d1-target-1", "d1", "Tỷ lệ hộ nghèo giảm 1,5%.", [], null,
        new TargetItem { Text = "Tỷ lệ hộ nghèo giảm 1,5%.", Metric = "tỷ lệ hộ nghèo", Value = 1.5m, Unit = "%", Due = "2025" }, null);

    private static readonly StoredItem Document = new(
        ItemTypes.Document, "d1", "d1", "Kế hoạch", [], null, null,
        new DocumentFields { File = "a.txt", Number = "2235/KH-UBND", Place = "Điện Biên", References = ["19-NQ/TW"] });

    public static TheoryData<string> Items => new() { "task", "target", "document" };

    private static StoredItem Item(string name) => name switch { "task" => Task, "target" => Target, _ => Document };

    [Theory]
    [MemberData(nameof(Items))]
    public void The_stored_item_is_the_extraction_format_without_nulls_and_reads_back_the_same(string name)
    {
        var item = Item(name);
        var bytes = new PayloadWriter().Write(item);
        var written = Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length);

        var reflected = JsonSerializer.Serialize(item, new JsonSerializerOptions(ExtractionJson.Options)
        {
            WriteIndented = false,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        });
        Assert.Equal(reflected, written);
        Assert.DoesNotContain("null", written);
        Assert.DoesNotContain("\\u", written); // Vietnamese as written, not escaped
        var read = JsonSerializer.Deserialize<StoredItem>(written, ExtractionJson.Options)!;
        Assert.Equal(JsonSerializer.Serialize(item, ExtractionJson.Options), JsonSerializer.Serialize(read, ExtractionJson.Options));
    }
}
