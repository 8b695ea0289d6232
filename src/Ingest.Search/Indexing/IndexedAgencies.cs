using Ingest.Core.Vietnamese;
using Ingest.Search.Analysis;

namespace Ingest.Search.Indexing;

/// <summary>
/// The owners of tasks as indexed, remembered by name as written and issuing place: a province's documents name the
/// same agencies on task after task, and normalising, folding and encoding them again for each task cost more than all of the mapping besides.
/// One per indexing thread; bounded.
/// </summary>
internal sealed class IndexedAgencies(SyllableSplitter splitter)
{
    private const int MaxRemembered = 20_000;
    private readonly Dictionary<(string Name, string? Place), IndexedAgency> _known = [];

    public IndexedAgency Of(string writtenName, string? place)
    {
        if (_known.TryGetValue((writtenName, place), out var known))
        {
            return known;
        }
        if (_known.Count >= MaxRemembered)
        {
            _known.Clear();
        }
        return _known[(writtenName, place)] = new IndexedAgency(VietnameseText.Normalize(writtenName.Trim()), place, splitter);
    }
}
