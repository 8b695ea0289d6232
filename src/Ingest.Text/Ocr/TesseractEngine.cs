using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Ingest.Core.Text;
using Ingest.Core.Vietnamese;
using Ingest.Text.Images;
using Ingest.Text.Native;

namespace Ingest.Text.Ocr;

/// <summary>
/// One libtesseract engine (TessBaseAPI) with its model loaded. Not thread-safe: one per worker thread, from
/// <see cref="OcrEnginePool"/>.
/// </summary>
public sealed class TesseractEngine : IDisposable
{
    private readonly OcrSettings _settings;
    private IntPtr _api;
    private IntPtr _osd;
    private LineRereader? _rereader;

    private TesseractEngine(IntPtr api, OcrSettings settings)
    {
        _api = api;
        _settings = settings;
    }

    public static string Version
    {
        get
        {
            NativeEnvironment.Prepare();
            return Marshal.PtrToStringUTF8(TesseractApi.TessVersion()) ?? "?";
        }
    }

    public static TesseractEngine Create(OcrSettings settings)
    {
        NativeEnvironment.Prepare();
        var model = Path.Combine(settings.TessdataDirectory, settings.Language + ".traineddata");
        if (!File.Exists(model))
        {
            throw new InvalidOperationException(
                $"The OCR model {model} is missing. Run scripts/setup.sh (it installs tesseract-ocr-{settings.Language}) or set ${TessdataLocator.EnvironmentVariable}.");
        }
        var api = TesseractApi.TessBaseAPICreate();
        if (TesseractApi.TessBaseAPIInit2(api, settings.TessdataDirectory, settings.Language, TesseractApi.OemLstmOnly) != 0)
        {
            TesseractApi.TessBaseAPIDelete(api);
            throw new InvalidOperationException($"Tesseract could not load the model {model}.");
        }
        // Tesseract's own chatter (resolution estimates, empty-page notes) would interleave with the CLI's output.
        TesseractApi.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
        TesseractApi.TessBaseAPISetVariable(api, "thresholding_method", settings.ThresholdingMethod.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Whole pages: automatic page segmentation without orientation detection (the API defaults to a single block).
        TesseractApi.TessBaseAPISetPageSegMode(api, TesseractApi.PsmAuto);
        return new TesseractEngine(api, settings);
    }

    /// <summary>OCRs one page image. Throws <see cref="OcrTimeoutException"/> when the page takes longer than <paramref name="timeout"/>.</summary>
    public OcrPageResult Recognize(PageImage image, TimeSpan timeout, bool searchablePdf, CancellationToken cancellationToken = default)
    {
        var api = _api != IntPtr.Zero ? _api : throw new ObjectDisposedException(nameof(TesseractEngine));
        PageImage? upright = null;
        using var rescaled = Rescaled(image);
        image = rescaled ?? image;
        try
        {
            var result = RecognizeAs(api, image, 0, timeout, cancellationToken);
            // A page turned sideways or upside down reads as noise with a low confidence; only then is it worth
            // asking the orientation model (upright pages, nearly all of them, pay nothing).
            if (_settings.DetectOrientation && result.Confidence < OrientationCheckBelowConfidence
                && DetectClockwiseRotation(image) is { } rotation and not 0)
            {
                var first = result;
                TesseractApi.TessBaseAPIClear(api);
                upright = image.RotatedClockwise((360 - rotation) / 90);
                result = RecognizeAs(api, upright, 360 - rotation, timeout, cancellationToken);
                if (result.Confidence <= first.Confidence)
                {
                    // The turned page reads no better: keep the page as it came (recognised again for its PDF page).
                    TesseractApi.TessBaseAPIClear(api);
                    result = RecognizeAs(api, image, 0, timeout, cancellationToken);
                    upright.Dispose();
                    upright = null;
                }
            }
            if (_settings.RereadWeakLines)
            {
                result = WithWeakLinesReread(api, upright ?? image, result);
            }
            return searchablePdf ? result with { SearchablePdfPage = RenderPdfPage(api, upright ?? image) } : result;
        }
        finally
        {
            TesseractApi.TessBaseAPIClear(api);
            upright?.Dispose();
        }
    }

    /// <summary>A copy at the assumed resolution when the page's own is outside the range OCR reads best; null when it is within.</summary>
    private PageImage? Rescaled(PageImage image)
    {
        var dpi = image.Dpi;
        var tooHigh = _settings.DownscaleAboveDpi > 0 && dpi > _settings.DownscaleAboveDpi;
        var tooLow = _settings.UpscaleBelowDpi > 0 && dpi < _settings.UpscaleBelowDpi;
        if (dpi is < 70 or > 2400 || !(tooHigh || tooLow))
        {
            return null;
        }
        var scaled = image.Scaled((float)_settings.AssumedDpi / dpi);
        scaled.SetDpi(_settings.AssumedDpi);
        return scaled;
    }

    /// <summary>Mean confidence below which a page is checked for being turned (upright text scores 75–95, turned text under 40).</summary>
    public const int OrientationCheckBelowConfidence = 60;

    private OcrPageResult RecognizeAs(IntPtr api, PageImage image, int rotation, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var dpi = DpiOf(image);
        TesseractApi.TessBaseAPISetImage2(api, image.Handle);
        TesseractApi.TessBaseAPISetSourceResolution(api, dpi);
        RecognizeWithin(api, timeout, cancellationToken);
        var text = VietnameseText.Normalize(TesseractApi.TakeText(TesseractApi.TessBaseAPIGetUTF8Text(api))).TrimEnd();
        var confidence = Math.Max(0, TesseractApi.TessBaseAPIMeanTextConf(api));
        var layout = new PageLayout(image.Width, image.Height, dpi, RecognizedElements.Words(api)) { Rotation = rotation };
        return new OcrPageResult(text, confidence, layout, null);
    }

    private int DpiOf(PageImage image) => image.Dpi is >= 70 and <= 2400 ? image.Dpi : _settings.AssumedDpi;

    /// <summary>
    /// The page's last recognition with its weak lines read again (<see cref="LineRereader"/>), once the page's
    /// orientation is settled: text and word boxes both take the new readings.
    /// </summary>
    private OcrPageResult WithWeakLinesReread(IntPtr api, PageImage image, OcrPageResult result)
    {
        _rereader ??= LineRereader.Create(_settings);
        var raw = TesseractApi.TakeText(TesseractApi.TessBaseAPIGetUTF8Text(api));
        var (text, replaced) = _rereader.Reread(image, DpiOf(image), raw, RecognizedElements.Lines(api));
        return replaced.Count == 0 ? result : result with
        {
            Text = VietnameseText.Normalize(text).TrimEnd(),
            Layout = result.Layout with { Words = RecognizedElements.WithLinesReplaced(result.Layout.Words, replaced) },
        };
    }

    /// <summary>
    /// Tesseract's orientation detection (the legacy "osd" model, a second small engine made on first need): how far
    /// the page is turned clockwise, or null when it cannot tell with confidence.
    /// </summary>
    private int? DetectClockwiseRotation(PageImage image)
    {
        if (_osd == IntPtr.Zero)
        {
            var directory = File.Exists(Path.Combine(_settings.TessdataDirectory, "osd.traineddata")) ? _settings.TessdataDirectory : TessdataLocator.DebianDirectory;
            var osd = TesseractApi.TessBaseAPICreate();
            if (!File.Exists(Path.Combine(directory, "osd.traineddata")) || TesseractApi.TessBaseAPIInit2(osd, directory, "osd", TesseractApi.OemTesseractOnly) != 0)
            {
                TesseractApi.TessBaseAPIDelete(osd);
                return null;
            }
            TesseractApi.TessBaseAPISetVariable(osd, "debug_file", "/dev/null");
            TesseractApi.TessBaseAPISetPageSegMode(osd, TesseractApi.PsmOsdOnly);
            _osd = osd;
        }
        try
        {
            TesseractApi.TessBaseAPISetImage2(_osd, image.Handle);
            TesseractApi.TessBaseAPISetSourceResolution(_osd, DpiOf(image));
            return TesseractApi.TessBaseAPIDetectOrientationScript(_osd, out var degrees, out var confidence, IntPtr.Zero, out _) != 0
                && confidence >= MinimumOrientationConfidence && degrees is 90 or 180 or 270
                ? degrees
                : null;
        }
        finally
        {
            TesseractApi.TessBaseAPIClear(_osd);
        }
    }

    /// <summary>Tesseract's documentation calls 15 "reasonably confident"; turned pages of text score far above it.</summary>
    private const float MinimumOrientationConfidence = 5;

    private static unsafe void RecognizeWithin(IntPtr api, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var monitor = TesseractApi.TessMonitorCreate();
        var token = GCHandle.Alloc(new StrongBox<CancellationToken>(cancellationToken));
        try
        {
            TesseractApi.TessMonitorSetDeadlineMSecs(monitor, (int)Math.Clamp(timeout.TotalMilliseconds, 1, int.MaxValue));
            TesseractApi.TessMonitorSetCancelThis(monitor, GCHandle.ToIntPtr(token));
            TesseractApi.TessMonitorSetCancelFunc(monitor, (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, int, byte>)&ShouldCancel);
            var clock = Stopwatch.StartNew();
            var status = TesseractApi.TessBaseAPIRecognize(api, monitor);
            cancellationToken.ThrowIfCancellationRequested();
            // Tesseract checks its deadline between words and then returns what it has; the clock says whether it did.
            if (clock.Elapsed >= timeout)
            {
                throw new OcrTimeoutException(timeout);
            }
            if (status != 0)
            {
                throw new InvalidOperationException($"Tesseract could not recognise the page (status {status}).");
            }
        }
        finally
        {
            token.Free();
            TesseractApi.TessMonitorDelete(monitor);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static byte ShouldCancel(IntPtr cancelThis, int words) =>
        GCHandle.FromIntPtr(cancelThis).Target is StrongBox<CancellationToken> { Value.IsCancellationRequested: true } ? (byte)1 : (byte)0;

    /// <summary>
    /// One page of searchable PDF from the recognition just made: Tesseract's PDF renderer (the page image with
    /// an invisible text layer, as OCRmyPDF makes it). The renderer writes files, so it gets a temporary name.
    /// </summary>
    private byte[] RenderPdfPage(IntPtr api, PageImage image)
    {
        // The renderer takes the image to embed from the input image, and takes ownership of what it is given.
        TesseractApi.TessBaseAPISetInputImage(api, LeptonicaApi.pixClone(image.Handle));
        var outputBase = Path.Combine(Path.GetTempPath(), "ingest-ocr-" + Guid.NewGuid().ToString("N"));
        var renderer = TesseractApi.TessPDFRendererCreate(outputBase, TessdataLocator.FontDirectory(_settings.TessdataDirectory), 0);
        try
        {
            if (renderer == IntPtr.Zero
                || TesseractApi.TessResultRendererBeginDocument(renderer, "") == 0
                || TesseractApi.TessResultRendererAddImage(renderer, api) == 0
                || TesseractApi.TessResultRendererEndDocument(renderer) == 0)
            {
                throw new InvalidOperationException("Tesseract could not write the searchable PDF page.");
            }
            TesseractApi.TessDeleteResultRenderer(renderer);
            renderer = IntPtr.Zero;
            return File.ReadAllBytes(outputBase + ".pdf");
        }
        finally
        {
            if (renderer != IntPtr.Zero)
            {
                TesseractApi.TessDeleteResultRenderer(renderer);
            }
            File.Delete(outputBase + ".pdf");
        }
    }

    public void Dispose()
    {
        _rereader?.Dispose();
        _rereader = null;
        if (_osd != IntPtr.Zero)
        {
            TesseractApi.TessBaseAPIEnd(_osd);
            TesseractApi.TessBaseAPIDelete(_osd);
            _osd = IntPtr.Zero;
        }
        if (_api != IntPtr.Zero)
        {
            TesseractApi.TessBaseAPIEnd(_api);
            TesseractApi.TessBaseAPIDelete(_api);
            _api = IntPtr.Zero;
        }
    }
}
