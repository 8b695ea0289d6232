using System.Buffers.Binary;
using Ingest.Core.Pipeline;
using Ingest.Text.Native;

namespace Ingest.Text.Images;

/// <summary>
/// The pages of a (multi-page) TIFF. The directory chain is walked here, in managed code, to count the pages and
/// read each page's dimensions before anything is decoded; each page is then decoded on its own (random access
/// by directory offset), so a 500-page stack never sits in memory at once.
/// </summary>
public sealed class TiffPages
{
    private const ushort TagImageWidth = 256;
    private const ushort TagImageLength = 257;
    private const ushort TagBitsPerSample = 258;

    private readonly byte[] _content;
    private readonly List<(uint Offset, ImageHeader Header)> _pages;

    private TiffPages(byte[] content, List<(uint, ImageHeader)> pages)
    {
        _content = content;
        _pages = pages;
    }

    public int Count => _pages.Count;

    public ImageHeader Header(int index) => _pages[index].Header;

    public static TiffPages Read(byte[] content, ImageLimits limits)
    {
        var bigEndian = content.Length >= 2 && content[0] == (byte)'M';
        if (content.Length < 8 || ReadUInt16(content, 2, bigEndian) != 42)
        {
            throw new RejectedInputException(
                "The TIFF is damaged, or a BigTIFF, which is not supported.",
                "Save or scan it again as an ordinary TIFF, PDF or PNG and drop the new file into the inbox.");
        }
        var pages = new List<(uint, ImageHeader)>();
        var seen = new HashSet<uint>();
        var offset = ReadUInt32(content, 4, bigEndian);
        while (offset != 0)
        {
            if (!seen.Add(offset) || offset > content.Length - 2)
            {
                // A loop in the chain or an offset past the end: what was read so far is all there is.
                if (pages.Count == 0) throw ImageRejections.Damaged("TIFF", 1);
                break;
            }
            if (pages.Count == limits.MaxPages)
            {
                throw ImageRejections.TooManyPages(CountAtLeast(content, offset, bigEndian, seen, pages.Count), limits);
            }
            var header = ReadDirectory(content, offset, bigEndian, out var next);
            ImageRejections.CheckSize(header, pages.Count + 1, limits);
            pages.Add((offset, header));
            offset = next;
        }
        return pages.Count == 0 ? throw ImageRejections.Damaged("TIFF", 1) : new TiffPages(content, pages);
    }

    public unsafe PageImage Decode(int index)
    {
        NativeEnvironment.Prepare();
        nuint offset = _pages[index].Offset;
        IntPtr pix;
        fixed (byte* data = _content)
        {
            pix = LeptonicaApi.pixReadMemFromMultipageTiff(data, (nuint)_content.Length, ref offset);
        }
        return pix == IntPtr.Zero ? throw ImageRejections.Damaged("TIFF", index + 1) : new PageImage(pix);
    }

    private static ImageHeader ReadDirectory(byte[] content, uint offset, bool bigEndian, out uint next)
    {
        var entries = ReadUInt16(content, (int)offset, bigEndian);
        var end = (long)offset + 2 + entries * 12L;
        if (end + 4 > content.Length)
        {
            throw ImageRejections.Damaged("TIFF", 1);
        }
        int width = 0, height = 0, bits = 1;
        for (var i = 0; i < entries; i++)
        {
            var entry = (int)offset + 2 + i * 12;
            var tag = ReadUInt16(content, entry, bigEndian);
            var type = ReadUInt16(content, entry + 2, bigEndian);
            // SHORT (3) values sit in the first two bytes of the value field, LONG (4) in all four.
            var value = type == 3 ? ReadUInt16(content, entry + 8, bigEndian) : (int)Math.Min(ReadUInt32(content, entry + 8, bigEndian), int.MaxValue);
            switch (tag)
            {
                case TagImageWidth: width = value; break;
                case TagImageLength: height = value; break;
                case TagBitsPerSample when ReadUInt32(content, entry + 4, bigEndian) == 1: bits = value; break;
            }
        }
        next = ReadUInt32(content, (int)end, bigEndian);
        return new ImageHeader(width, height, bits);
    }

    private static int CountAtLeast(byte[] content, uint offset, bool bigEndian, HashSet<uint> seen, int counted)
    {
        // Only to say how many pages there are; stops at a loop or a bad offset.
        while (offset != 0 && offset <= content.Length - 2 && seen.Add(offset))
        {
            counted++;
            var entries = ReadUInt16(content, (int)offset, bigEndian);
            var end = (long)offset + 2 + entries * 12L;
            if (end + 4 > content.Length) break;
            offset = ReadUInt32(content, (int)end, bigEndian);
        }
        return counted;
    }

    private static ushort ReadUInt16(byte[] content, int at, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(content.AsSpan(at)) : BinaryPrimitives.ReadUInt16LittleEndian(content.AsSpan(at));

    private static uint ReadUInt32(byte[] content, int at, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(content.AsSpan(at)) : BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(at));
}
