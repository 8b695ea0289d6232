using SkiaSharp;

namespace Ingest.Synthetic;

/// <summary>Applies a <see cref="Degradation"/> to a page, reproducibly (a seeded random source).</summary>
public static class Degrader
{
    public static GrayPage Apply(GrayPage page, Degradation degradation, int seed)
    {
        var result = page;
        if (degradation.SkewDegrees != 0 || degradation.BlurSigma > 0)
        {
            result = SkewAndBlur(result, degradation.SkewDegrees, degradation.BlurSigma);
        }
        var pixels = (byte[])result.Pixels.Clone();
        var random = new Random(seed);
        var width = result.Width;
        var height = result.Height;
        var lightingCentreX = width * (0.2 + 0.6 * random.NextDouble());
        var reach = Math.Sqrt((double)width * width + (double)height * height);
        for (var i = 0; i < pixels.Length; i++)
        {
            double v = pixels[i];
            if (degradation.Contrast < 1)
            {
                // Faded print on greyish paper: both ends move towards the middle.
                v = 128 + (v - 128) * degradation.Contrast;
            }
            if (degradation.UnevenLighting > 0)
            {
                // A shadow that deepens towards one side and the bottom, as from a lamp beside the page.
                var x = i % width;
                var y = i / width;
                var distance = Math.Sqrt((x - lightingCentreX) * (x - lightingCentreX) + (double)y * y) / reach;
                v *= 1 - degradation.UnevenLighting * Math.Clamp(distance * 1.4, 0, 1);
            }
            if (degradation.NoiseSigma > 0)
            {
                v += degradation.NoiseSigma * Gaussian(random);
            }
            pixels[i] = (byte)Math.Clamp(Math.Round(v), 0, 255);
        }
        result = result with { Pixels = pixels };
        if (degradation.Turned)
        {
            result = TurnClockwise(result, 1 + seed % 3);
        }
        if (degradation.Bilevel)
        {
            result = result with { Pixels = result.Pixels.Select(p => p < 150 ? (byte)0 : (byte)255).ToArray() };
        }
        else if (degradation.JpegQuality is { } quality)
        {
            result = SkiaGray.Decode(SkiaGray.EncodeJpeg(result, quality), result.Dpi);
        }
        return result;
    }

    private static GrayPage SkewAndBlur(GrayPage page, double degrees, double sigma)
    {
        using var source = SkiaGray.ToBitmap(page);
        using var target = new SKBitmap(source.Info);
        using (var canvas = new SKCanvas(target))
        using (var paint = new SKPaint())
        {
            canvas.Clear(SKColors.White);
            if (sigma > 0)
            {
                paint.ImageFilter = SKImageFilter.CreateBlur((float)sigma, (float)sigma);
            }
            canvas.RotateDegrees((float)degrees, page.Width / 2f, page.Height / 2f);
            using var image = SKImage.FromBitmap(source);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear), paint);
        }
        return SkiaGray.FromBitmap(target, page.Dpi);
    }

    /// <summary>Turns the page clockwise by quarter turns (1: 90°, 2: 180°, 3: 270°).</summary>
    public static GrayPage TurnClockwise(GrayPage page, int quarterTurns)
    {
        var result = page;
        for (var turn = 0; turn < quarterTurns % 4; turn++)
        {
            var (width, height) = (result.Width, result.Height);
            var turned = new byte[result.Pixels.Length];
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    // (x, y) goes to (height - 1 - y, x) in an image height wide.
                    turned[x * height + (height - 1 - y)] = result.Pixels[y * width + x];
                }
            }
            result = new GrayPage(height, width, result.Dpi, turned);
        }
        return result;
    }

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
