namespace Ingest.Core.Vietnamese;

/// <summary>
/// Repairs the syllables OCR gets wrong in Vietnamese, conservatively: correct text must come out unchanged.
/// <list type="bullet">
/// <item>A word that breaks the syllable rules, or one that forms no bigram the corpus or the rest of the document
/// knows with either neighbour, is replaced by the lexicon syllable within a few OCR confusions that the corpus has
/// seen next to all its neighbours and that the bigram model makes much more probable (đầu môi → đầu mối).</item>
/// <item>Two neighbours that are both a confusion away from a fixed expression of the corpus (a bigram whose first
/// word nearly always comes with the second) are replaced together (Phần đầu → Phấn đấu).</item>
/// <item>A syllable repeated where the corpus never repeats it, and not the end of a word that the first copy
/// completes, is dropped (tinh tinh gọn → tinh gọn).</item>
/// </list>
/// <item>A word that forms no known bigram with its neighbours but would form a fixed expression with one of them is
/// replaced the same way (giải đoạn → giai đoạn).</item>
/// Capitalised words inside a sentence (names), acronyms, numbers and codes (19-NQ/TW) are left alone; words in
/// capitals are repaired only inside a heading printed in capitals (MỤC TIỂU → MỤC TIÊU).
/// </summary>
public sealed class OcrRepairer
{
    private static readonly Lazy<OcrRepairer> DefaultRepairer = new(() => new OcrRepairer(SyllableLexicon.Default));

    private readonly SyllableLexicon _lexicon;
    private readonly SyllableLanguageModel _model;
    private readonly RepairCandidates _candidates;
    private readonly OcrRepairOptions _options;

    public OcrRepairer(SyllableLexicon lexicon, OcrRepairOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _options = options ?? OcrRepairOptions.Default;
        _model = new SyllableLanguageModel(lexicon, _options.PriorExponent);
        _candidates = new RepairCandidates(lexicon);
    }

    /// <summary>The repairer over <see cref="SyllableLexicon.Default"/>.</summary>
    public static OcrRepairer Default => DefaultRepairer.Value;

    /// <summary>
    /// Normalises <paramref name="text"/> (<see cref="VietnameseText.Normalize"/>) and repairs it. Offsets of the
    /// repairs are into the normalised text, which is the input itself when it was normalised already.
    /// </summary>
    public RepairResult Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = VietnameseText.Normalize(text);
        return new RepairPass(_lexicon, _model, _candidates, _options, normalized).Run();
    }
}
