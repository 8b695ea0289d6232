using Ingest.Extraction.Structure;

namespace Ingest.Extraction.Tests.Structure;

public class OutlineBuilderTests
{
    private static OutlineNode Build(string text) => OutlineBuilder.Build(ParagraphSplitter.Split(text));

    [Fact]
    public void An_ocr_misread_1_after_h_is_the_letter_i()
    {
        var root = Build("""
            I. MỤC TIÊU

            g) Giảm số người nghiện ma túy.

            h) Phấn đấu 100% xã, phường không có ma túy.

            1) Bảo đảm cơ sở vật chất và duy trì điều trị cho 100% người nghiện.
            """);
        var part = Assert.Single(root.MarkedChildren);
        Assert.Equal(["g", "h", "i"], part.MarkedChildren.Select(n => n.Marker!.Label));
        Assert.All(part.MarkedChildren, n => Assert.Equal(MarkerKind.Letter, n.Marker!.Kind));
    }

    [Fact]
    public void A_1_that_starts_a_list_stays_a_number()
    {
        var root = Build("""
            I. MỤC TIÊU

            1) Bảo đảm cơ sở vật chất.

            2) Giảm số người nghiện ma túy.
            """);
        Assert.Equal([MarkerKind.Number, MarkerKind.Number], Assert.Single(root.MarkedChildren).MarkedChildren.Select(n => n.Marker!.Kind));
    }

    [Fact]
    public void Ocr_misread_part_numbers_still_start_parts()
    {
        var root = Build("""
            I MỤC ĐÍCH, YÊU CẦU

            1. Nâng cao nhận thức về công tác dân số.

            IL NỘI DỤNG THỰC HIỆN

            1. Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ.
            """);
        Assert.Equal([("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NỘI DỤNG THỰC HIỆN")], root.MarkedChildren.Select(n => (n.Marker!.Label, n.Marker.Rest)));
        Assert.Equal(Ingest.Extraction.Tasks.SectionKind.Work, Ingest.Extraction.Tasks.SectionClassifier.Classify("NỘI DỤNG THỰC HIỆN", "Kế hoạch"));
    }

    [Fact]
    public void A_part_numeral_that_lost_an_I_to_OCR_is_the_next_part()
    {
        // ttg-2597 scanned: "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU" read "II. …", so "các mục 1, 2 Phần III" found no part.
        var root = OutlineBuilder.Build(ParagraphSplitter.Split("""
            I. QUAN ĐIỂM

            II. MỤC TIÊU

            II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU

            IV. KINH PHÍ THỰC HIỆN

            PHỤ LỤC I

            I. CƠ CHẾ
            """));
        Assert.Equal(["I", "II", "III", "IV", "", "I"], root.MarkedChildren.Select(n => n.Marker!.Label));
    }

    [Fact]
    public void V_slash_v_is_the_abbreviation_of_ve_viec_not_part_five()
    {
        Assert.Null(ListMarker.Match("V/V HỖ TRỢ NHU YẾU PHẨM KHẨN CẤP CHO NHÂN DÂN"));
        Assert.Null(ListMarker.Match("V/v tăng cường công tác phòng, chống thiên tai"));
        Assert.Equal(("V", "TỔ CHỨC THỰC HIỆN"), ListMarker.Match("V/ TỔ CHỨC THỰC HIỆN") is { } m ? (m.Label, m.Rest) : default);
    }

    [Fact]
    public void A_heading_that_opens_with_phuong_an_assigns_work_even_in_a_part_about_scope()
    {
        Assert.Equal(Ingest.Extraction.Tasks.SectionKind.Work, Ingest.Extraction.Tasks.SectionClassifier.Classify("Phương án tổ chức cấp phát", "Kế hoạch"));
        Assert.Equal(Ingest.Extraction.Tasks.SectionKind.NotWork, Ingest.Extraction.Tasks.SectionClassifier.Classify("PHẠM VI, ĐỐI TƯỢNG, NHU CẦU, PHƯƠNG ÁN HỖ TRỢ", "Kế hoạch"));
    }
}
