using Ingest.Core.Pipeline;

namespace Ingest.Text.Images;

/// <summary>The reasons and advice for images that cannot be used, in one place so that every source words them alike.</summary>
internal static class ImageRejections
{
    public static RejectedInputException Damaged(string what, int page) => new(
        $"Page {page} of the {what} could not be decoded: the file is damaged or truncated.",
        "Copy, export or scan the document again and drop the new file into the inbox.");

    public static RejectedInputException TooLarge(ImageHeader header, int page, ImageLimits limits) => new(
        $"Page {page} is {header.Width} × {header.Height} pixels ({header.Pixels / 1_000_000.0:0.#} megapixels), above the limit of "
            + $"{limits.MaxPixelsPerPage / 1_000_000.0:0.#} megapixels and {limits.MaxSide} pixels a side.",
        "Scan at 300 dpi (A4 is about 2480 × 3508 pixels) and drop the new file into the inbox.");

    public static RejectedInputException TooManyPages(int pages, ImageLimits limits) => new(
        $"The document has {pages} pages, more than the limit of {limits.MaxPages}.",
        "Split it into parts of at most that many pages and drop the parts into the inbox.");

    public static void CheckSize(ImageHeader header, int page, ImageLimits limits)
    {
        if (header.Width <= 0 || header.Height <= 0)
        {
            throw Damaged("image", page);
        }
        if (header.Pixels > limits.MaxPixelsPerPage || header.Width > limits.MaxSide || header.Height > limits.MaxSide)
        {
            throw TooLarge(header, page, limits);
        }
    }
}
