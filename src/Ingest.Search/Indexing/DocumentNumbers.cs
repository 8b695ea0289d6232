using Ingest.Core.Vietnamese;

namespace Ingest.Search.Indexing;

/// <summary>
/// Document numbers (ký hiệu) as match keys: folded words, so "19-NQ/TW", "19/NQ-TW" and "19-nq/tw" are one key,
/// and a citation finds the cited document however either side wrote the separators.
/// </summary>
public static class DocumentNumbers
{
    public static string Key(string number) => VietnameseText.FoldForComparison(number);
}
