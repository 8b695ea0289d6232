namespace Ingest.Core.Vietnamese;

/// <summary>
/// Bigram probabilities over a <see cref="SyllableLexicon"/>, natural log, Witten-Bell smoothing toward a prior:
/// a syllable followed by few different ones in the corpus (giám: sát, đốc, định) leaves little room for an unseen
/// follower, one followed by many (tự) leaves much. The prior is the unigram distribution flattened by an exponent:
/// counts from a small corpus of a few topics would otherwise make every frequent word (vị) beat a rarer right one (ví).
/// </summary>
internal sealed class SyllableLanguageModel
{
    public const int NoContext = -2;
    public const int Unknown = -1;

    // Vietnamese writes about 7,000 distinct syllables; the ones missing from the corpus share the rest of the prior.
    private const double VocabularyEstimate = 7000;
    private const double UnknownCount = 0.5;
    private const double InvalidShare = 0.01;

    private readonly SyllableLexicon _lexicon;
    private readonly double[] _logPrior;
    private readonly double[] _prior;
    private readonly double _unknownPrior;

    public SyllableLanguageModel(SyllableLexicon lexicon, double priorExponent)
    {
        _lexicon = lexicon;
        var n = lexicon.SyllableCount;
        _prior = new double[n];
        var unknownWeight = Math.Pow(UnknownCount, priorExponent);
        var total = unknownWeight * Math.Max(0, VocabularyEstimate - n);
        for (var id = 0; id < n; id++)
        {
            _prior[id] = Math.Pow(lexicon.CountOf(id) + UnknownCount, priorExponent);
            total += _prior[id];
        }
        _logPrior = new double[n];
        for (var id = 0; id < n; id++)
        {
            _prior[id] /= total;
            _logPrior[id] = Math.Log(_prior[id]);
        }
        _unknownPrior = unknownWeight / total;
    }

    public double Prior(int id, bool valid) =>
        id >= 0 ? _prior[id] : valid ? _unknownPrior : _unknownPrior * InvalidShare;

    /// <summary>log P(<paramref name="id"/> | <paramref name="previous"/>); previous may be <see cref="NoContext"/> or <see cref="Unknown"/>.</summary>
    public double LogBigram(int previous, int id, bool valid)
    {
        if (previous < 0)
        {
            return id >= 0 ? _logPrior[id] : Math.Log(Prior(id, valid));
        }
        var prior = Prior(id, valid);
        var pair = id >= 0 ? _lexicon.BigramCountOf(previous, id) : 0;
        var types = Math.Max(1, _lexicon.SuccessorTypesOf(previous));
        return Math.Log((pair + types * prior) / (_lexicon.ContextCountOf(previous) + types));
    }
}
