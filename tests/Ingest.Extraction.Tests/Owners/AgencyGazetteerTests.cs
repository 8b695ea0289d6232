using Ingest.Core.Extraction;
using Ingest.Extraction.Classification;
using Ingest.Extraction.Owners;

namespace Ingest.Extraction.Tests.Owners;

public class AgencyGazetteerTests
{
    private static readonly AgencyGazetteer Gazetteer = AgencyGazetteer.Build(
    [
        ("a.md", "Trung tâm Xúc tiến đầu tư, thương mại và du lịch"),
        ("a.md", "Sở Y tế tỉnh Điện Biên"),
        ("b.md", "Ủy ban nhân dân tỉnh Tuyên Quang"),
        ("b.md", "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ"),
        ("c.md", "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ"),
        ("c.md", "Các sở ngành liên quan"),
        ("d.md", "Các sở, ban, ngành"),
    ]);

    private static IEnumerable<string> Complete(string name, string document) =>
        Gazetteer.Complete([new Owner(name, Owner.Lead)], AgencyGazetteer.Key(document)).Select(o => o.Name);

    [Fact]
    public void A_name_cut_short_is_completed_when_the_document_writes_the_known_name()
    {
        Assert.Equal(["Trung tâm Xúc tiến đầu tư, thương mại và du lịch"],
            Complete("Trung tâm Xúc tiến đầu tư", "Trung tâm Xúc tiến đầu tư, thương mại và du lịch chủ trì tổ chức hội chợ."));
        Assert.Equal(["Ban Quản lý các khu chế xuất"], Complete("Ban Quản lý các khu chế xuất", "Ban Quản lý các khu chế xuất chủ trì."));
    }

    [Fact]
    public void A_place_is_never_added()
    {
        Assert.Equal(["Sở Y tế"], Complete("Sở Y tế", "Sở Y tế chủ trì. Nơi nhận: Sở Y tế tỉnh Điện Biên."));
        Assert.Equal(["Ủy ban nhân dân tỉnh"], Complete("Ủy ban nhân dân tỉnh", "UBND tỉnh chủ trì; Ủy ban nhân dân tỉnh Tuyên Quang phối hợp."));
    }

    [Fact]
    public void A_group_is_not_completed_with_other_kinds_of_body() =>
        Assert.Equal(["Các sở"], Complete("Các sở", "Các sở, ban, ngành chủ trì. Giám đốc các sở, Thủ trưởng các ban, ngành chịu trách nhiệm."));

    [Fact]
    public void Related_is_never_added() =>
        Assert.Equal(["Các sở, ngành"], Complete("Các sở, ngành", "Các sở, ngành phối hợp. Báo cáo các sở ngành liên quan."));

    [Fact]
    public void It_round_trips_through_its_file_and_rejects_a_foreign_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"agencies-{Guid.NewGuid():N}.tsv");
        try
        {
            Gazetteer.Write(path);
            var loaded = AgencyGazetteer.Load(path);
            Assert.Equal(Gazetteer.Count, loaded.Count);
            Assert.Contains("Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ\t2", File.ReadAllLines(path));
            File.WriteAllText(path, "tên,số\nSở Y tế,1\n");
            var error = Assert.Throws<ModelLoadException>(() => AgencyGazetteer.Load(path));
            Assert.Contains("./ingest train", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_shipped_gazetteer_loads_and_knows_names_of_the_train_split()
    {
        var shipped = AgencyGazetteer.LoadDefault();
        Assert.True(shipped.Count > 100, $"only {shipped.Count} names");
        var document = AgencyGazetteer.Key("Ban Chỉ huy Bộ đội Biên phòng thành phố chủ trì tuần tra.");
        Assert.Equal(["Ban Chỉ huy Bộ đội Biên phòng thành phố"], shipped.Complete([new Owner("Ban Chỉ huy Bộ đội Biên", Owner.Lead)], document).Select(o => o.Name));
    }

    [Fact]
    public void A_name_is_not_completed_from_one_paragraph_when_the_document_mostly_writes_it_short()
    {
        var gazetteer = AgencyGazetteer.Build([("a.md", "Doanh nghiệp viễn thông"), ("b.md", "Các sở, ban, ngành, đoàn thể thành phố")]);
        IEnumerable<string> Complete(string name, string document) =>
            gazetteer.Complete([new Owner(name, Owner.Lead)], AgencyGazetteer.Key(document)).Select(o => o.Name);
        Assert.Equal(["Doanh nghiệp"], Complete("Doanh nghiệp", "Doanh nghiệp, cộng đồng quan tâm hỗ trợ. Doanh nghiệp viễn thông bảo đảm thông tin. Doanh nghiệp vận tải hỗ trợ."));
        Assert.Equal(["Doanh nghiệp viễn thông"], Complete("Doanh nghiệp", "Doanh nghiệp viễn thông bảo đảm thông tin liên lạc."));
    }
}
