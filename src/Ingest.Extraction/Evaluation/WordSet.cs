using Ingest.Core.Vietnamese;

namespace Ingest.Extraction.Evaluation;

/// <summary>The distinct words of a text after the scoring fold (<see cref="VietnameseText.FoldForComparison"/>).</summary>
public sealed class WordSet
{
    private readonly HashSet<string> words;

    private WordSet(HashSet<string> words) => this.words = words;

    /// <summary>A null text has no words, like an empty one.</summary>
    public static WordSet Of(string? text) =>
        new(text is null
            ? []
            : VietnameseText.FoldForComparison(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal));

    public int Count => words.Count;

    public int OverlapWith(WordSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (small, large) = words.Count <= other.words.Count ? (words, other.words) : (other.words, words);
        return small.Count(large.Contains);
    }
}
