using Ingest.Core.Extraction;
using Ingest.Search.Agencies;
using Ingest.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Search.Reading;

/// <summary>One agency's tasks, as lead and as support, grouped by document.</summary>
internal static class AgencyView
{
    /// <summary>Null when no task names the agency.</summary>
    public static AgencyTasks? Tasks(IndexSearcher searcher, string agencyId, int limit)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.OwnerId, agencyId)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Type, ItemTypes.Task)), Occur.MUST },
        };
        var top = searcher.Search(query, null, Math.Max(1, limit), Sort.INDEXORDER);
        if (top.TotalHits == 0)
        {
            return null;
        }
        var reader = new ItemReader(searcher);
        var items = top.ScoreDocs.Select(sd => reader.Item(sd.Doc)).ToList();
        var names = items.SelectMany(i => i.Owners).Where(o => o.Id == agencyId).Select(o => o.Name);
        var name = names.GroupBy(n => n).MaxBy(g => g.Count())!.Key;
        var leads = items.Where(i => Leads(i, agencyId)).ToList();
        var supports = items.Where(i => !Leads(i, agencyId)).ToList();
        var place = agencyId.Contains(AgencyIdentity.ScopeSeparator) ? reader.Document(items[0].DocumentId).Place : null;
        return new AgencyTasks(agencyId, name, place, leads.Count, supports.Count, ByDocument(leads, reader), ByDocument(supports, reader));
    }

    /// <summary>An agency named both as lead and as support of one task is listed as its lead.</summary>
    private static bool Leads(StoredItem item, string agencyId) =>
        item.Owners.Any(o => o.Id == agencyId && o.Role == Owner.Lead);

    private static List<AgencyDocumentTasks> ByDocument(List<StoredItem> items, ItemReader reader) =>
        items
            .GroupBy(i => i.DocumentId)
            .Select(g => new AgencyDocumentTasks(reader.Document(g.Key), g.Select(i => new AgencyTask(i.Id, i.Text, i.Deadline, i.Owners)).ToList()))
            .OrderByDescending(g => g.Document.Date ?? "", StringComparer.Ordinal)
            .ThenBy(g => g.Document.Number ?? g.Document.File, StringComparer.Ordinal)
            .ToList();
}
