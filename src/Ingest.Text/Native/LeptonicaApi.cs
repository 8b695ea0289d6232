using System.Runtime.InteropServices;

namespace Ingest.Text.Native;

/// <summary>
/// The few functions of Leptonica (allheaders.h, 1.82) that Ingest uses: reading image headers before decoding,
/// decoding (TIFF pages one at a time), resolution, writing PNG and multi-page TIFF. Written by hand (no package).
/// </summary>
internal static partial class LeptonicaApi
{
    private const string Library = "liblept.so.5";

    public const int FormatUnknown = 0;
    public const int FormatJpeg = 2;
    public const int FormatPng = 3;
    public const int FormatTiffG4 = 8;
    public const int FormatTiffLzw = 9;
    public const int FormatTiffZip = 10;
    public const int FormatPnm = 11;
    public const int SeverityNone = 6;

    [LibraryImport(Library)]
    public static partial int setMsgSeverity(int severity);

    [LibraryImport(Library)]
    public static unsafe partial int pixReadHeaderMem(byte* data, nuint size, out int format, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int hasColormap);

    [LibraryImport(Library)]
    public static unsafe partial int readHeaderMemTiff(byte* data, nuint size, int page, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int resolution, out int hasColormap, out int format);

    [LibraryImport(Library)]
    public static unsafe partial IntPtr pixReadMem(byte* data, nuint size);

    [LibraryImport(Library)]
    public static unsafe partial IntPtr pixReadMemFromMultipageTiff(byte* data, nuint size, ref nuint offset);

    [LibraryImport(Library)]
    public static partial void pixDestroy(ref IntPtr pix);

    [LibraryImport(Library)]
    public static partial IntPtr pixClone(IntPtr pix);

    [LibraryImport(Library)]
    public static partial int pixGetWidth(IntPtr pix);

    [LibraryImport(Library)]
    public static partial int pixGetHeight(IntPtr pix);

    [LibraryImport(Library)]
    public static partial int pixGetDepth(IntPtr pix);

    [LibraryImport(Library)]
    public static partial int pixGetXRes(IntPtr pix);

    [LibraryImport(Library)]
    public static partial int pixGetYRes(IntPtr pix);

    [LibraryImport(Library)]
    public static partial int pixSetResolution(IntPtr pix, int xres, int yres);

    [LibraryImport(Library)]
    public static partial IntPtr pixConvertTo1(IntPtr pix, int threshold);

    [LibraryImport(Library)]
    public static partial IntPtr pixRotateOrth(IntPtr pix, int clockwiseQuarterTurns);

    [LibraryImport(Library)]
    public static partial IntPtr pixScale(IntPtr pix, float scaleX, float scaleY);

    [LibraryImport(Library)]
    public static partial int pixWriteMem(out IntPtr data, out nuint size, IntPtr pix, int format);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int pixWriteTiff(string fileName, IntPtr pix, int compression, string mode);

    [LibraryImport(Library)]
    public static partial void lept_free(IntPtr pointer);
}
