using Ingest.Text.Native;

namespace Ingest.Text.Images;

/// <summary>TIFF compressions Leptonica writes (values of its IFF_TIFF_* formats).</summary>
public enum TiffCompression
{
    /// <summary>CCITT Group 4, for 1-bit pages (what document scanners write).</summary>
    Group4 = LeptonicaApi.FormatTiffG4,
    Lzw = LeptonicaApi.FormatTiffLzw,
    Deflate = LeptonicaApi.FormatTiffZip,
}
