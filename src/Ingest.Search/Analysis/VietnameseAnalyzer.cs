using Ingest.Core.Vietnamese;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Ingest.Search.Analysis;

/// <summary>
/// The Vietnamese chain: the shared normalisation (<see cref="VietnameseText.Normalize"/>: NFC, one tone-mark
/// placement), syllable tokens, lower case; <paramref name="folded"/> also removes diacritics so that "giam ngheo"
/// finds "giảm nghèo"; <paramref name="bigrams"/> adds each pair of neighbouring syllables as one more term at the
/// first one's position, because Vietnamese words are mostly two syllables and a pair match should rank as a phrase.
/// </summary>
/// <remarks>
/// <paramref name="normalize"/> can be off where every value is normalised before it reaches the analyzer (the index
/// mapping and the query parser do it once per value): the check alone cost a fifth of indexing time.
/// </remarks>
public sealed class VietnameseAnalyzer(bool folded, bool bigrams = false, bool normalize = true) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Separates the values of a multi-valued field, so that no phrase spans two owners.</summary>
    public const int ValueGap = 100;

    /// <summary>What joins the two syllables of a bigram term ("giảm nghèo").</summary>
    public const string BigramSeparator = " ";

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        // Offsets then refer to the normalised text, which is also the text stored and highlighted.
        // Lucene's reusable reader answers null, not "", for an empty value.
        normalize ? new StringReader(VietnameseText.Normalize(reader.ReadToEnd() ?? "")) : reader;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        // Folding gives lower case too (VietnameseText.FoldChar), so the folded chain needs no lower-casing of its own.
        TokenStream stream = folded ? new VietnameseFoldingFilter(tokenizer) : new LowerCaseTableFilter(tokenizer);
        if (bigrams)
        {
            stream = new SyllableBigramFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;
}
