using Ingest.Search.Agencies;
using Ingest.Search.Indexing;
using Ingest.Search.Querying;
using Ingest.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Search.Reading;

/// <summary>The agency × document matrix of the tasks a query matches.</summary>
internal static class MatrixView
{
    public static AgencyMatrix Build(IndexSearcher searcher, SearchRequest request, int maxAgencies, int maxDocuments)
    {
        var parsed = UserQueryParser.Parse(request.Query);
        var tasksOnly = new BooleanQuery
        {
            { SearchOperations.Filtered(parsed.Query, request.Filters), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Type, ItemTypes.Task)), Occur.MUST },
        };
        var collector = new MatrixCollector();
        searcher.Search(tasksOnly, collector);

        var cells = collector.Cells.Select(c => new MatrixCell(c.Key.Agency, c.Key.Document, c.Value.Lead, c.Value.Support)).ToList();
        var agencies = cells
            .GroupBy(c => c.AgencyId)
            .Select(g => new MatrixAgency(g.Key, collector.Names[g.Key], g.Sum(c => c.Lead), g.Sum(c => c.Support)))
            .OrderByDescending(a => a.Lead + a.Support).ThenBy(a => a.Name, StringComparer.Ordinal)
            .Take(maxAgencies)
            .ToList();
        var reader = new ItemReader(searcher);
        var documents = cells
            .GroupBy(c => c.DocumentId)
            .OrderByDescending(g => g.Sum(c => c.Lead + c.Support)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(maxDocuments)
            .Select(g => reader.Document(g.Key))
            .ToList();
        var shownAgencies = agencies.Select(a => a.Id).ToHashSet();
        var shownDocuments = documents.Select(d => d.Id).ToHashSet();
        return new AgencyMatrix(
            collector.Tasks,
            agencies,
            documents,
            cells.Where(c => shownAgencies.Contains(c.AgencyId) && shownDocuments.Contains(c.DocumentId)).ToList());
    }
}
