using System.Runtime.InteropServices;

namespace Ingest.Text.Native;

/// <summary>
/// The few functions of libtesseract's C API (capi.h, Tesseract 5) that Ingest uses. Written by hand because no
/// Tesseract wrapper package is served here; Debian's libtesseract5 provides the library.
/// </summary>
internal static partial class TesseractApi
{
    private const string Library = "libtesseract.so.5";

    public const int OemTesseractOnly = 0;
    public const int OemLstmOnly = 1;
    public const int PsmOsdOnly = 0;
    public const int PsmAuto = 3;
    public const int PsmSingleLine = 7;
    public const int RilTextLine = 2;
    public const int RilWord = 3;

    [LibraryImport(Library)]
    public static partial IntPtr TessVersion();

    [LibraryImport(Library)]
    public static partial IntPtr TessBaseAPICreate();

    [LibraryImport(Library)]
    public static partial void TessBaseAPIDelete(IntPtr handle);

    [LibraryImport(Library)]
    public static partial void TessBaseAPIEnd(IntPtr handle);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPIInit2(IntPtr handle, string dataPath, string language, int oem);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPISetVariable(IntPtr handle, string name, string value);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetPageSegMode(IntPtr handle, int mode);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetImage2(IntPtr handle, IntPtr pix);

    /// <summary>Takes ownership of the PIX: pass a clone.</summary>
    [LibraryImport(Library)]
    public static partial void TessBaseAPISetInputImage(IntPtr handle, IntPtr pix);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetSourceResolution(IntPtr handle, int ppi);

    /// <summary>Pass IntPtr.Zero for the script name: it points into the model and must not be freed.</summary>
    [LibraryImport(Library)]
    public static partial int TessBaseAPIDetectOrientationScript(IntPtr handle, out int degrees, out float confidence, IntPtr scriptName, out float scriptConfidence);

    [LibraryImport(Library)]
    public static partial int TessBaseAPIRecognize(IntPtr handle, IntPtr monitor);

    [LibraryImport(Library)]
    public static partial IntPtr TessBaseAPIGetUTF8Text(IntPtr handle);

    [LibraryImport(Library)]
    public static partial int TessBaseAPIMeanTextConf(IntPtr handle);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetRectangle(IntPtr handle, int left, int top, int width, int height);

    [LibraryImport(Library)]
    public static partial void TessBaseAPIClear(IntPtr handle);

    [LibraryImport(Library)]
    public static partial void TessDeleteText(IntPtr text);

    [LibraryImport(Library)]
    public static partial IntPtr TessBaseAPIGetIterator(IntPtr handle);

    [LibraryImport(Library)]
    public static partial void TessResultIteratorDelete(IntPtr iterator);

    [LibraryImport(Library)]
    public static partial int TessResultIteratorNext(IntPtr iterator, int level);

    [LibraryImport(Library)]
    public static partial IntPtr TessResultIteratorGetUTF8Text(IntPtr iterator, int level);

    [LibraryImport(Library)]
    public static partial float TessResultIteratorConfidence(IntPtr iterator, int level);

    [LibraryImport(Library)]
    public static partial IntPtr TessResultIteratorGetPageIteratorConst(IntPtr iterator);

    [LibraryImport(Library)]
    public static partial int TessPageIteratorBoundingBox(IntPtr pageIterator, int level, out int left, out int top, out int right, out int bottom);

    [LibraryImport(Library)]
    public static partial IntPtr TessMonitorCreate();

    [LibraryImport(Library)]
    public static partial void TessMonitorDelete(IntPtr monitor);

    [LibraryImport(Library)]
    public static partial void TessMonitorSetDeadlineMSecs(IntPtr monitor, int milliseconds);

    [LibraryImport(Library)]
    public static partial void TessMonitorSetCancelFunc(IntPtr monitor, IntPtr cancelFunction);

    [LibraryImport(Library)]
    public static partial void TessMonitorSetCancelThis(IntPtr monitor, IntPtr cancelThis);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr TessPDFRendererCreate(string outputBase, string dataDirectory, int textOnly);

    [LibraryImport(Library)]
    public static partial void TessDeleteResultRenderer(IntPtr renderer);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessResultRendererBeginDocument(IntPtr renderer, string title);

    [LibraryImport(Library)]
    public static partial int TessResultRendererAddImage(IntPtr renderer, IntPtr api);

    [LibraryImport(Library)]
    public static partial int TessResultRendererEndDocument(IntPtr renderer);

    /// <summary>Copies a string that Tesseract allocated and frees it.</summary>
    public static string TakeText(IntPtr text)
    {
        if (text == IntPtr.Zero)
        {
            return "";
        }
        try
        {
            return Marshal.PtrToStringUTF8(text) ?? "";
        }
        finally
        {
            TessDeleteText(text);
        }
    }
}
