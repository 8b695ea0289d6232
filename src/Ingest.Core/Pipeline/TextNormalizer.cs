using Ingest.Core.Text;
using Ingest.Core.Vietnamese;

namespace Ingest.Core.Pipeline;

/// <summary>
/// Stage: makes page texts canonical (NFC, one tone-mark style, look-alike letters) and repairs the syllables that
/// OCR gets wrong, recording every repair so a reviewer can see and undo it.
/// </summary>
public sealed class TextNormalizer(OcrRepairer repairer)
{
    public static TextNormalizer Default { get; } = new(OcrRepairer.Default);

    public NormalizedText Normalize(DocumentText text)
    {
        var pages = new List<PageText>(text.Pages.Count);
        var repairs = new List<PageRepair>();
        foreach (var page in text.Pages)
        {
            var result = repairer.Repair(VietnameseText.Normalize(page.Text));
            pages.Add(page with { Text = result.Text });
            repairs.AddRange(result.Repairs.Select(r => new PageRepair(page.Number, r)));
        }
        return new NormalizedText(new DocumentText(pages), repairs);
    }
}
