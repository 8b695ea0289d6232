namespace Ingest.Text.Evaluation;

/// <summary>
/// Character and word error rates of OCR output against ground truth, plus the character error rate with diacritics
/// folded away, so that errors in tone and vowel marks (the Vietnamese-specific ones) show on their own.
/// </summary>
public sealed record TextErrorRates(
    double Cer,
    double Wer,
    double CerWithoutDiacritics,
    int ReferenceCharacters,
    int ReferenceWords,
    int CharacterEdits,
    int WordEdits,
    int CharacterEditsWithoutDiacritics);
