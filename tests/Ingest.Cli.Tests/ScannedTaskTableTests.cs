using Ingest.Cli.Commands;
using Ingest.Core.Extraction;
using Ingest.Core.Vietnamese;
using Ingest.Synthetic;
using Ingest.TestSupport;

namespace Ingest.Cli.Tests;

/// <summary>
/// The task table (phụ lục) of a train document printed and scanned by the project's own renderer, then read by
/// `ingest extract`: OCR gives one cell per paragraph, the extractor must rebuild the rows. Expected owners and
/// deadlines are those of the hand-checked gold file.
/// </summary>
public sealed class ScannedTaskTableTests : IDisposable
{
    private const string Stem = "dong-thap-617-kh-ubnd";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_rows_of_a_scanned_task_table_keep_their_leads_and_deadlines()
    {
        var markdown = File.ReadAllText(Corpus.Raw(Stem + ".md"));
        var appendix = markdown[markdown.IndexOf("PHỤ LỤC", StringComparison.Ordinal)..];
        var pages = new PageRenderer().Render(CorpusText.Printed("**KẾ HOẠCH**\n\nVề chuyển đổi số\n\n" + appendix), ScanFont.Available[0])
            .Select((p, i) => Degrader.Apply(p.Image, Degradation.Named("light"), seed: i)).ToList();
        var pdf = _temp.Combine("scan.pdf");
        File.WriteAllBytes(pdf, ScanFiles.ImageOnlyPdf(pages, Degradation.Named("light").JpegQuality));

        var extraction = ExtractCommand.Extract(pdf);

        // The gold rows of the table: the tasks of the appendix, each with the time of its row.
        var gold = ExtractionJson.Deserialize(File.ReadAllText(Path.Combine(Corpus.Gold, Stem + ".json")));
        var rows = gold.Tasks.Where(t => Fold(appendix).Contains(Fold(t.Text), StringComparison.Ordinal)
            && t.Deadline is { } d && (d.Due is not null || d.Recurrence is not null)).ToList();
        Assert.True(rows.Count >= 10, $"{rows.Count} gold rows found in the appendix");
        var paired = rows.Select(row => (Gold: row, Found: extraction.Tasks.Where(t => t.Deadline is not null)
            .OrderByDescending(t => Dice(t.Text, row.Text)).FirstOrDefault(t => Dice(t.Text, row.Text) >= 0.5))).ToList();
        var withLead = paired.Count(p => p.Found is not null
            && p.Gold.Owners.Where(o => o.Role == Owner.Lead).All(o => p.Found.Owners.Any(f => Fold(f.Name) == Fold(o.Name) && f.Role == Owner.Lead)));
        var withDue = paired.Count(p => p.Found?.Deadline is { } d && d.Due == p.Gold.Deadline!.Due && d.Recurrence == p.Gold.Deadline.Recurrence);
        var report = string.Join("\n", paired.Select(p => $"{p.Gold.Text[..20]}: gold {p.Gold.Deadline!.Due}/{p.Gold.Deadline.Recurrence} "
            + $"{string.Join(", ", p.Gold.Owners.Select(o => o.Name))}; found {p.Found?.Deadline?.Due}/{p.Found?.Deadline?.Recurrence} "
            + $"{string.Join(", ", p.Found?.Owners.Select(o => o.Name) ?? [])}"));
        Assert.True(withLead >= 0.8 * rows.Count, $"{withLead} of {rows.Count} rows with their gold leads:\n{report}");
        Assert.True(withDue >= 0.8 * rows.Count, $"{withDue} of {rows.Count} rows with their gold deadline:\n{report}");
    }

    private static string Fold(string text) => VietnameseText.FoldForComparison(text);

    private static double Dice(string a, string b)
    {
        var x = Fold(a).Split(' ').ToHashSet();
        var y = Fold(b).Split(' ').ToHashSet();
        return 2.0 * x.Intersect(y).Count() / (x.Count + y.Count);
    }
}
