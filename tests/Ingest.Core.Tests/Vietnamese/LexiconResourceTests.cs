using Ingest.Core.Tests.Support;
using Ingest.Core.Vietnamese;

namespace Ingest.Core.Tests.Vietnamese;

/// <summary>
/// The checked-in lexicon (src/Ingest.Core/Vietnamese/Resources/syllable-lexicon.tsv) is what the clean corpus gives.
/// Regenerate it after changing the corpus or the tokenizer: INGEST_WRITE_LEXICON=1 dotnet test --filter LexiconResourceTests
/// </summary>
public class LexiconResourceTests
{
    private const string Source = "built from corpus/raw/*.md by LexiconResourceTests (INGEST_WRITE_LEXICON=1 dotnet test)";

    private static string ResourcePath =>
        Path.Combine(Corpus.RepositoryRoot, "src", "Ingest.Core", "Vietnamese", "Resources", "syllable-lexicon.tsv");

    [Fact]
    public void Checked_in_lexicon_is_the_one_built_from_the_clean_corpus()
    {
        var built = SyllableLexicon.Build(Corpus.CleanFiles.Select(Corpus.Read));
        var writer = new StringWriter();
        built.Write(writer, Source);
        if (Environment.GetEnvironmentVariable("INGEST_WRITE_LEXICON") == "1")
        {
            File.WriteAllText(ResourcePath, writer.ToString());
        }
        Assert.Equal(writer.ToString(), File.ReadAllText(ResourcePath));
    }

    [Fact]
    public void Embedded_lexicon_loads_with_the_counts_of_the_file()
    {
        var lexicon = SyllableLexicon.Default;
        Assert.True(lexicon.SyllableCount > 1000, $"only {lexicon.SyllableCount} syllables");
        Assert.True(lexicon.Count("phấn", "đấu") >= 5);
        Assert.Equal(0, lexicon.Count("tinh", "tinh"));
        Assert.Equal(0, lexicon.Count("UBND"));
    }

    [Fact]
    public void Lexicon_counts_syllables_lower_case_in_traditional_tone_style_and_bigrams_within_phrases()
    {
        var lexicon = SyllableLexicon.Build(["Uỷ ban nhân dân tỉnh. Ủy ban\nnhân dân; Số 19-NQ/TW"]);
        Assert.Equal(2, lexicon.Count("ủy"));
        Assert.Equal(0, lexicon.Count("uỷ"));
        Assert.Equal(2, lexicon.Count("ủy", "ban"));
        Assert.Equal(2, lexicon.Count("ban", "nhân"));
        Assert.Equal(0, lexicon.Count("tỉnh", "ủy"));
        Assert.Equal(0, lexicon.Count("dân", "số"));
        Assert.Equal(0, lexicon.Count("nq"));
    }

    [Fact]
    public void Lexicon_survives_a_write_and_load()
    {
        var lexicon = SyllableLexicon.Build(["phấn đấu giảm mạnh đầu mối, phấn đấu"]);
        var writer = new StringWriter();
        lexicon.Write(writer, "test");
        var loaded = SyllableLexicon.Load(new StringReader(writer.ToString()));
        Assert.Equal(2, loaded.Count("phấn", "đấu"));
        Assert.Equal(1, loaded.Count("đầu", "mối"));
        Assert.Equal(0, loaded.Count("mối", "phấn"));
        Assert.Equal(lexicon.TotalCount, loaded.TotalCount);
    }
}
