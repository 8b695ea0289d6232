using Ingest.Synthetic;
using Ingest.Text.Images;
using Ingest.Text.Ocr;

namespace Ingest.Text.Tests;

/// <summary>
/// Small synthetic scans for the OCR tests: A4 at 300 dpi but only a few lines each, so that Tesseract's work stays
/// small (the whole OCR part of the suite runs in well under two minutes on two cores).
/// </summary>
public static class Scans
{
    public const string FirstParagraph =
        "Ủy ban nhân dân tỉnh yêu cầu Sở Y tế chủ trì, phối hợp với Sở Nội vụ triển khai thực hiện kế hoạch trước ngày 30 tháng 6 năm 2025.";

    public const string SecondParagraph =
        "Giao Sở Tài chính bố trí kinh phí; Ủy ban nhân dân các huyện, thành phố báo cáo kết quả về Văn phòng.";

    private static readonly Lazy<OcrEnginePool> SharedPool = new(() => new OcrEnginePool(OcrSettings.Default));

    /// <summary>One pool for the whole test run: engines load their model once.</summary>
    public static OcrEnginePool Pool => SharedPool.Value;

    public static SyntheticPage Page(string text, int fontIndex = 0, int maxLines = 6) =>
        new PageRenderer().Render([text], ScanFont.Available[fontIndex % ScanFont.Available.Count], maxLines).First();

    public static GrayPage Degraded(SyntheticPage page, string level, int seed = 1) =>
        Degrader.Apply(page.Image, Degradation.Named(level), seed);

    public static TextSources Sources(TextReadOptions? options = null) =>
        TextSourceFactory.Create(Pool, options ?? TextReadOptions.Default);

    public static ImageLimits Limits => ImageLimits.Default;
}
