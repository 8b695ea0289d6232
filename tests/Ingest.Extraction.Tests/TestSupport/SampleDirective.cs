using Ingest.Core.Extraction;
using static Ingest.Extraction.Tests.TestSupport.Make;

namespace Ingest.Extraction.Tests.TestSupport;

/// <summary>
/// A small hand-made gold extraction: 3 tasks with 2 + 1 + 1 = 4 owners, of which tasks 1 and 2 have a deadline
/// with a due or recurrence; 2 targets; 5 non-null document fields. Tests derive predictions from its parts.
/// </summary>
internal static class SampleDirective
{
    public static TaskItem Reorganise { get; } = Task(
        "Sở Nội vụ chủ trì rà soát, sắp xếp lại các đơn vị sự nghiệp công lập.",
        Due("2019-12-31"),
        Lead("Sở Nội vụ"), Support("Sở Tài chính"));

    public static TaskItem Inform { get; } = Task(
        "Sở Thông tin và Truyền thông tổ chức tuyên truyền về đổi mới đơn vị sự nghiệp.",
        Due(null, "annual"),
        Lead("Sở Thông tin và Truyền thông"));

    public static TaskItem Report { get; } = Task(
        "Ủy ban nhân dân các huyện báo cáo kết quả thực hiện Kế hoạch.",
        null,
        Lead("Ủy ban nhân dân các huyện"));

    // The two metrics share only "sự nghiệp": Dice 2·2/(11+6) ≈ 0.24 < 0.3, so they never pair across.
    public static TargetItem Staff { get; } = Target(
        "biên chế sự nghiệp hưởng lương từ ngân sách nhà nước", 10, "%", "2021", "decrease", "at_least", "2015");

    public static TargetItem Units { get; } = Target(
        "đơn vị sự nghiệp công lập", 10, "%", "2021", "decrease", "at_least", "2015");

    public static DocumentFields Document { get; } = new()
    {
        File = Make.FileName,
        Number = "2235/KH-UBND",
        Kind = "Kế hoạch",
        Issuer = "Ủy ban nhân dân tỉnh Điện Biên",
        Date = "2018-08-14",
        Signer = "Mùa A Sơn",
    };

    public static DirectiveExtraction Gold { get; } =
        Directive([Reorganise, Inform, Report], [Staff, Units], Document);
}
