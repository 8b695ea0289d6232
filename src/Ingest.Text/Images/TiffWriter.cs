using Ingest.Text.Native;

namespace Ingest.Text.Images;

/// <summary>Writes page images as one multi-page TIFF (used for test and benchmark scans).</summary>
public static class TiffWriter
{
    public static void Write(string path, IEnumerable<PageImage> pages, TiffCompression compression)
    {
        NativeEnvironment.Prepare();
        File.Delete(path);
        var mode = "w";
        foreach (var page in pages)
        {
            if (LeptonicaApi.pixWriteTiff(path, page.Handle, (int)compression, mode) != 0)
            {
                throw new IOException($"Leptonica could not write {path}.");
            }
            mode = "a";
        }
    }
}
