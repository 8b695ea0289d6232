namespace Ingest.Text.Ocr;

/// <summary>How Tesseract is set up: which model, which binarisation, how many engines.</summary>
public sealed record OcrSettings
{
    /// <summary>Folder holding &lt;language&gt;.traineddata.</summary>
    public string TessdataDirectory { get; init; } = TessdataLocator.Find();

    public string Language { get; init; } = "vie";

    /// <summary>
    /// Tesseract's thresholding_method: 0 Otsu (global), 1 LeptonicaOtsu, 2 Sauvola (local). See bench/RESULTS.md for
    /// the figures that chose the default.
    /// </summary>
    public int ThresholdingMethod { get; init; } = 2;

    /// <summary>Engines in the pool, one per worker thread; each holds its model (tens of MB).</summary>
    public int Engines { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Check pages that read badly for being turned 90°, 180° or 270° (Tesseract's orientation model), and read them
    /// upright. Costs nothing on pages that read well.
    /// </summary>
    public bool DetectOrientation { get; init; } = true;

    /// <summary>
    /// Read lines that came out with low confidence again as single lines, with this model and Debian's, keeping the
    /// reading that is most like Vietnamese (<see cref="LineRereader"/>; figures in bench/RESULTS.md).
    /// </summary>
    public bool RereadWeakLines { get; init; } = true;

    /// <summary>
    /// Pages recorded above this resolution are scaled down to <see cref="AssumedDpi"/> before OCR (0: never):
    /// 600 dpi scans read better and faster at 300 (bench/RESULTS.md).
    /// </summary>
    public int DownscaleAboveDpi { get; init; } = 450;

    /// <summary>
    /// Pages recorded below this resolution are scaled up to <see cref="AssumedDpi"/> before OCR (0: never, the
    /// default: 150 dpi pages read worse and slower scaled up, bench/RESULTS.md).
    /// </summary>
    public int UpscaleBelowDpi { get; init; }

    /// <summary>Resolution assumed for images that do not record one (or record a silly one).</summary>
    public int AssumedDpi { get; init; } = 300;

    public static OcrSettings Default { get; } = new();
}
