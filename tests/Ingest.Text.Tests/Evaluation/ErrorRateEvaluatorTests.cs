using Ingest.Text.Evaluation;

namespace Ingest.Text.Tests.Evaluation;

public class ErrorRateEvaluatorTests
{
    [Fact]
    public void Identical_text_has_no_errors_whatever_the_whitespace_and_normal_form()
    {
        var rates = ErrorRateEvaluator.Evaluate("Sở  Y tế\nchủ trì", "Sở Y tế chủ trì ".Normalize(System.Text.NormalizationForm.FormD));
        Assert.Equal((0.0, 0.0, 0.0), (rates.Cer, rates.Wer, rates.CerWithoutDiacritics));
    }

    [Fact]
    public void Counts_a_wrong_tone_mark_as_one_character_error_that_folding_forgives()
    {
        // "Sở Y tế" (7 characters, 3 words) read as "Sở Y tê": one substitution.
        var rates = ErrorRateEvaluator.Evaluate("Sở Y tế", "Sở Y tê");
        Assert.Equal(1, rates.CharacterEdits);
        Assert.Equal(1.0 / 7, rates.Cer, 6);
        Assert.Equal(1.0 / 3, rates.Wer, 6);
        Assert.Equal(0, rates.CharacterEditsWithoutDiacritics);
    }

    [Fact]
    public void Counts_insertions_deletions_and_substitutions()
    {
        // kitten → sitting: k→s, e→i, +g = 3 edits over 6 reference characters.
        var rates = ErrorRateEvaluator.Evaluate("kitten", "sitting");
        Assert.Equal(3, rates.CharacterEdits);
        Assert.Equal(0.5, rates.Cer, 6);
        Assert.Equal(1.0, rates.Wer, 6);
    }

    [Fact]
    public void Word_errors_count_whole_words()
    {
        // "phối hợp với Sở Nội vụ" (6 words) read as "phối hợp vói Sở Nội vụ ." : 1 substitution + 1 insertion.
        var rates = ErrorRateEvaluator.Evaluate("phối hợp với Sở Nội vụ", "phối hợp vói Sở Nội vụ .");
        Assert.Equal(2, rates.WordEdits);
        Assert.Equal(2.0 / 6, rates.Wer, 6);
        // Characters: ớ→ó and " ." inserted = 3 edits over 22; folded, only the 2 inserted remain.
        Assert.Equal(3, rates.CharacterEdits);
        Assert.Equal(2, rates.CharacterEditsWithoutDiacritics);
    }

    [Fact]
    public void An_empty_reference_scores_zero_only_against_nothing()
    {
        Assert.Equal(0, ErrorRateEvaluator.Evaluate(" \n", "").Cer);
        Assert.Equal(1, ErrorRateEvaluator.Evaluate("", "x").Cer);
        Assert.Equal(1, ErrorRateEvaluator.Evaluate("abc", "").Cer);
    }
}
