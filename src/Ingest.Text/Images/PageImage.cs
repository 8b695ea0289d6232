using Ingest.Text.Native;

namespace Ingest.Text.Images;

/// <summary>One decoded page image, held by Leptonica (a PIX). Dispose it: pages are large.</summary>
public sealed class PageImage : IDisposable
{
    private IntPtr _pix;

    internal PageImage(IntPtr pix)
    {
        if (pix == IntPtr.Zero)
        {
            throw new ArgumentException("No image.", nameof(pix));
        }
        _pix = pix;
    }

    internal IntPtr Handle => _pix != IntPtr.Zero ? _pix : throw new ObjectDisposedException(nameof(PageImage));

    public int Width => LeptonicaApi.pixGetWidth(Handle);

    public int Height => LeptonicaApi.pixGetHeight(Handle);

    public int Depth => LeptonicaApi.pixGetDepth(Handle);

    /// <summary>Resolution recorded in the file, 0 when it has none.</summary>
    public int Dpi => LeptonicaApi.pixGetYRes(Handle);

    public void SetDpi(int dpi) => LeptonicaApi.pixSetResolution(Handle, dpi, dpi);

    /// <summary>A copy turned clockwise by 0–3 quarter turns.</summary>
    public PageImage RotatedClockwise(int quarterTurns)
    {
        var rotated = LeptonicaApi.pixRotateOrth(Handle, ((quarterTurns % 4) + 4) % 4);
        return rotated == IntPtr.Zero ? throw new InvalidOperationException("Leptonica could not rotate the page image.") : new PageImage(rotated);
    }

    /// <summary>A rescaled copy (Leptonica's smoothing scaler when shrinking).</summary>
    public PageImage Scaled(float factor)
    {
        var scaled = LeptonicaApi.pixScale(Handle, factor, factor);
        if (scaled == IntPtr.Zero)
        {
            throw new InvalidOperationException("Leptonica could not scale the page image.");
        }
        return new PageImage(scaled);
    }

    /// <summary>A 1-bit copy: pixels darker than <paramref name="threshold"/> become black (as a bilevel scanner makes them).</summary>
    public PageImage ToBilevel(int threshold = 128)
    {
        var bilevel = LeptonicaApi.pixConvertTo1(Handle, threshold);
        return bilevel == IntPtr.Zero ? throw new InvalidOperationException("Leptonica could not binarise the page image.") : new PageImage(bilevel);
    }

    public byte[] ToPng() => Encode(LeptonicaApi.FormatPng);

    public byte[] Encode(int leptonicaFormat)
    {
        if (LeptonicaApi.pixWriteMem(out var data, out var size, Handle, leptonicaFormat) != 0 || data == IntPtr.Zero)
        {
            throw new InvalidOperationException("Leptonica could not encode the page image.");
        }
        try
        {
            var bytes = new byte[checked((int)size)];
            System.Runtime.InteropServices.Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            LeptonicaApi.lept_free(data);
        }
    }

    public void Dispose()
    {
        if (_pix != IntPtr.Zero)
        {
            LeptonicaApi.pixDestroy(ref _pix);
            _pix = IntPtr.Zero;
        }
    }
}
