using Ingest.Core.Vietnamese;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Ingest.Search.Analysis;

/// <summary>
/// The Vietnamese chain: the shared normalisation (<see cref="VietnameseText.Normalize"/>: NFC, one tone-mark
/// placement), syllable tokens, lower case; <paramref name="folded"/> also removes diacritics so that "giam ngheo"
/// finds "giảm nghèo"; <paramref name="bigrams"/> adds each pair of neighbouring syllables as one more term at the
/// first one's position, because Vietnamese words are mostly two syllables and a pair match should rank as a phrase.
/// </summary>
public sealed class VietnameseAnalyzer(bool folded, bool bigrams = false) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Separates the values of a multi-valued field, so that no phrase spans two owners.</summary>
    public const int ValueGap = 100;

    /// <summary>What joins the two syllables of a bigram term ("giảm nghèo").</summary>
    public const string BigramSeparator = " ";

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        // Offsets then refer to the normalised text, which is also the text stored and highlighted.
        new StringReader(VietnameseText.Normalize(reader.ReadToEnd()));

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        if (folded)
        {
            stream = new VietnameseFoldingFilter(stream);
        }
        if (bigrams)
        {
            var shingles = new ShingleFilter(stream, 2, 2);
            shingles.SetOutputUnigrams(true);
            shingles.SetTokenSeparator(BigramSeparator);
            stream = shingles;
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;
}
