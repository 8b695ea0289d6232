namespace Ingest.Search.Analysis;

/// <summary>
/// One token of a <see cref="SyllableList"/>: where its characters lie in the list's buffers, and the offsets,
/// position increment and type the tokenizer gave it.
/// </summary>
internal readonly record struct SplitSyllable(int TermStart, int TermLength, int StartOffset, int EndOffset, int Increment, string Type);
