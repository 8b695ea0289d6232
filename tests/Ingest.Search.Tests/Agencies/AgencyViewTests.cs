using Ingest.Core.Extraction;
using Ingest.Search.Results;
using Ingest.Search.Tests.TestSupport;

namespace Ingest.Search.Tests.Agencies;

/// <summary>The agency view and matrix over the gold index, against groupings taken from the gold records.</summary>
public sealed class AgencyViewTests(GoldIndex gold) : IClassFixture<GoldIndex>
{
    [Fact]
    public void A_national_agency_lists_its_tasks_as_lead_and_support_grouped_by_document()
    {
        var tasks = GoldItem.All.Where(i => i.Type == "task" && i.HasOwner("Bộ Xây dựng")).ToList();
        var lead = tasks.Where(t => t.HasOwner("Bộ Xây dựng", Owner.Lead)).ToList();
        var support = tasks.Except(lead).ToList();

        var view = gold.Index.AgencyTasks("bo-xay-dung")!;

        Assert.Equal(("Bộ Xây dựng", lead.Count, support.Count), (view.Name, view.LeadCount, view.SupportCount));
        Assert.Equal(
            lead.GroupBy(t => t.Id[..t.Id.IndexOf("-task-")]).ToDictionary(g => g.Key, g => g.Select(t => t.Id).ToList()),
            view.Lead.ToDictionary(g => g.Document.Id, g => g.Tasks.Select(t => t.Id).ToList()));
        Assert.Equal(
            support.Select(t => t.Id).Order(StringComparer.Ordinal),
            view.Support.SelectMany(g => g.Tasks).Select(t => t.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Document_groups_come_newest_first_with_deadlines()
    {
        var view = gold.Index.AgencyTasks("bo-xay-dung")!;

        var dates = view.Lead.Select(g => g.Document.Date).ToList();
        Assert.True(dates.Count > 1);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        var withDue = GoldItem.All.Count(i => i.Type == "task" && i.HasOwner("Bộ Xây dựng", Owner.Lead) && i.Due is not null);
        Assert.Equal(withDue, view.Lead.SelectMany(g => g.Tasks).Count(t => t.Deadline?.Due is not null));
    }

    [Fact]
    public void A_local_agency_is_only_the_one_of_its_place()
    {
        var expected = GoldItem.All.Count(i => i.Type == "task" && i.Document.Place == "Điện Biên" && i.HasOwner("Sở Nội vụ"));

        var view = gold.Index.AgencyTasks("so-noi-vu@dien-bien")!;

        Assert.Equal(expected, view.LeadCount + view.SupportCount);
        Assert.All(view.Lead.Concat(view.Support), g => Assert.Equal("Điện Biên", g.Document.Place));
    }

    [Fact]
    public void An_unknown_agency_has_no_view() => Assert.Null(gold.Index.AgencyTasks("so-khong-co@dau-ca"));

    [Fact]
    public void The_matrix_counts_lead_and_support_tasks_per_agency_and_document()
    {
        var tasks = GoldItem.All.Where(i => i.Type == "task" && i.Document.Place == "Cần Thơ").ToList();
        var document = "can-tho-165-kh-ubnd";
        var inDocument = tasks.Where(t => t.Id.StartsWith(document + "-")).ToList();

        var matrix = gold.Index.AgencyMatrix(new SearchRequest("place:\"Cần Thơ\""), maxAgencies: 100, maxDocuments: 100);

        Assert.Equal(tasks.Count, matrix.Tasks);
        var cell = matrix.Cells.Single(c => c.AgencyId == "so-y-te@can-tho" && c.DocumentId == document);
        Assert.Equal(
            (inDocument.Count(t => t.HasOwner("Sở Y tế", Owner.Lead)), inDocument.Count(t => t.HasOwner("Sở Y tế", Owner.Support))),
            (cell.Lead, cell.Support));
        Assert.Equal(tasks.Select(t => t.Id[..t.Id.IndexOf("-task-")]).Distinct().Order(StringComparer.Ordinal),
            matrix.Documents.Select(d => d.Id).Order(StringComparer.Ordinal));
        var totals = matrix.Agencies.Select(a => a.Lead + a.Support).ToList();
        Assert.Equal(totals.OrderDescending(), totals);
    }

    [Fact]
    public void The_matrix_keeps_only_the_largest_rows_and_columns()
    {
        var matrix = gold.Index.AgencyMatrix(new SearchRequest("type:task"), maxAgencies: 3, maxDocuments: 2);

        Assert.Equal(3, matrix.Agencies.Count);
        Assert.Equal(2, matrix.Documents.Count);
        Assert.All(matrix.Cells, c =>
        {
            Assert.Contains(c.AgencyId, matrix.Agencies.Select(a => a.Id));
            Assert.Contains(c.DocumentId, matrix.Documents.Select(d => d.Id));
        });
    }
}
