using Ingest.Search.Agencies;

namespace Ingest.Search.Tests.Indexing;

public sealed class AgencyIdentityTests
{
    [Theory]
    [InlineData("Sở Y tế", "Điện Biên", "so-y-te@dien-bien")]
    [InlineData("Sở Y tế", "Bình Định", "so-y-te@binh-dinh")]
    [InlineData("SỞ Y TẾ", "Điện Biên", "so-y-te@dien-bien")]
    [InlineData("Ủy ban nhân dân các huyện, thị xã, thành phố", "Lai Châu", "uy-ban-nhan-dan-cac-huyen-thi-xa-thanh-pho@lai-chau")]
    [InlineData("Sở Y tế", null, "so-y-te")]
    public void Local_agencies_are_scoped_by_the_issuing_place(string name, string? place, string expected) =>
        Assert.Equal(expected, AgencyIdentity.Of(name, place));

    [Theory]
    [InlineData("Bộ Xây dựng", "bo-xay-dung")]
    [InlineData("Văn phòng Chính phủ", "van-phong-chinh-phu")]
    [InlineData("Ban Tuyên giáo Trung ương", "ban-tuyen-giao-trung-uong")]
    [InlineData("Ngân hàng Nhà nước Việt Nam", "ngan-hang-nha-nuoc-viet-nam")]
    public void National_agencies_are_the_same_wherever_they_are_named(string name, string expected)
    {
        Assert.Equal(expected, AgencyIdentity.Of(name, "Điện Biên"));
        Assert.Equal(expected, AgencyIdentity.Of(name, "Hà Nội"));
    }

    [Theory]
    [InlineData("Sở Y tế", "Điện Biên", "Sở Y tế (Điện Biên)")]
    [InlineData("Ủy ban nhân dân tỉnh Điện Biên", "Điện Biên", "Ủy ban nhân dân tỉnh Điện Biên")]
    [InlineData("Bộ Y tế", "Điện Biên", "Bộ Y tế")]
    [InlineData("Sở Y tế", null, "Sở Y tế")]
    public void A_label_names_the_place_of_a_local_agency_unless_its_name_does(string name, string? place, string expected) =>
        Assert.Equal(expected, AgencyIdentity.Label(name, place));

    [Fact]
    public void Decomposed_and_composed_spellings_give_one_id() =>
        Assert.Equal(AgencyIdentity.Of("Sở Y tế", "Điện Biên"), AgencyIdentity.Of("Sở Y tế".Normalize(System.Text.NormalizationForm.FormD), "Điện Biên"));
}
