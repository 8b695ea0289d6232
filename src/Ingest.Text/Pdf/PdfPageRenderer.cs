using System.Diagnostics;
using System.Globalization;
using Ingest.Core.Pipeline;
using Ingest.Text.Images;

namespace Ingest.Text.Pdf;

/// <summary>
/// Renders PDF pages to grey images with poppler's pdftoppm (a separate process: a hostile PDF can crash or hang
/// the renderer, never the host), at 300 dpi unless the page is so large that the pixel limit needs less.
/// </summary>
public sealed class PdfPageRenderer(string pdfPath, ImageLimits limits)
{
    public const int Dpi = 300;

    /// <summary>The resolution at which a page of this size (in points) stays within the pixel limits.</summary>
    public int DpiFor(double widthPoints, double heightPoints)
    {
        var widthInches = Math.Max(widthPoints, 1) / 72;
        var heightInches = Math.Max(heightPoints, 1) / 72;
        var byPixels = Math.Sqrt(limits.MaxPixelsPerPage / (widthInches * heightInches));
        var bySide = limits.MaxSide / Math.Max(widthInches, heightInches);
        return (int)Math.Floor(Math.Min(Dpi, Math.Min(byPixels, bySide)));
    }

    public PageImage Render(int pageNumber, int dpi)
    {
        if (dpi < 50)
        {
            throw new RejectedInputException(
                $"Page {pageNumber} is too large to render: it would need less than 50 dpi to stay within the pixel limit.",
                "Check the page size of the PDF; export it again at a normal paper size and drop it into the inbox.");
        }
        var outputBase = Path.Combine(Path.GetTempPath(), "ingest-page-" + Guid.NewGuid().ToString("N"));
        var output = outputBase + ".pgm";
        var start = new ProcessStartInfo("pdftoppm")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-gray", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", Page(pageNumber), "-l", Page(pageNumber), "-singlefile", pdfPath, outputBase })
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm could not be started (install poppler-utils: scripts/setup.sh).");
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(limits.PageOcrTimeout))
            {
                process.Kill(entireProcessTree: true);
                throw new RejectedInputException(
                    $"Page {pageNumber} took longer than {limits.PageOcrTimeout.TotalSeconds:0} s to render.",
                    "The PDF is probably damaged or unusually complex: print it to a new PDF or scan it, and drop that into the inbox.");
            }
            if (process.ExitCode != 0 || !File.Exists(output))
            {
                throw new RejectedInputException(
                    $"Page {pageNumber} of the PDF could not be rendered ({Shorten(error.Result)}).",
                    "The PDF is probably damaged: export or scan it again and drop the new file into the inbox.");
            }
            var image = ImageDecoder.Decode(File.ReadAllBytes(output), limits, "PDF page");
            image.SetDpi(dpi);
            return image;
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static string Page(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
        return line.Length > 160 ? line[..160] : line;
    }
}
