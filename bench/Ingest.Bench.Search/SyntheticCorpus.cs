using System.Globalization;
using Ingest.Core.Extraction;

namespace Ingest.Bench.Search;

/// <summary>
/// Synthetic directives made by recombining the gold corpus: each document takes a gold document's kind, number form and
/// title in a random province and year; each task takes a gold task's text (sometimes joined with a clause of
/// another), its owners or others from the pool of gold owners, and its deadline moved to the document's years.
/// Deterministic for a seed.
/// </summary>
public sealed class SyntheticCorpus
{
    private readonly Random _random;
    private readonly IReadOnlyList<DirectiveExtraction> _gold;
    private readonly List<(TaskItem Task, int DocumentYear)> _tasks;
    private readonly List<Owner> _owners;
    private readonly List<string> _references;

    public SyntheticCorpus(IReadOnlyList<DirectiveExtraction> gold, int seed)
    {
        _random = new Random(seed);
        _gold = gold;
        _tasks = gold.SelectMany(d => d.Tasks.Select(t => (t, YearOf(d.Document.Date) ?? 2025))).ToList();
        _owners = gold.SelectMany(d => d.Tasks).SelectMany(t => t.Owners).DistinctBy(o => o.Name).ToList();
        _references = gold.SelectMany(d => d.Document.References).Distinct().ToList();
    }

    /// <summary>Gold owner names: the agencies queries ask about.</summary>
    public IReadOnlyList<Owner> OwnerPool => _owners;

    public IReadOnlyList<string> ReferencePool => _references;

    public IReadOnlyList<TaskItem> TaskPool => _tasks.Select(t => t.Task).ToList();

    public List<(string Id, DirectiveExtraction Extraction)> Generate(int taskCount)
    {
        var documents = new List<(string, DirectiveExtraction)>();
        var made = 0;
        string? previousNumber = null;
        while (made < taskCount)
        {
            var count = Math.Min(taskCount - made, _random.Next(15, 80));
            var extraction = Document(count, previousNumber);
            documents.Add(($"doc{documents.Count:D6}", extraction));
            previousNumber = extraction.Document.Number;
            made += count;
        }
        return documents;
    }

    private DirectiveExtraction Document(int taskCount, string? previousNumber)
    {
        var template = _gold[_random.Next(_gold.Count)].Document;
        var place = Provinces.All[_random.Next(Provinces.All.Count)];
        var year = 2015 + _random.Next(12);
        var date = new DateOnly(year, 1, 1).AddDays(_random.Next(365));
        var suffix = template.Number is { } n && n.Contains('/') ? n[(n.IndexOf('/') + 1)..] : "KH-UBND";
        var references = Enumerable.Range(0, _random.Next(5)).Select(_ => _references[_random.Next(_references.Count)]).ToList();
        if (previousNumber is not null && _random.NextDouble() < 0.2)
        {
            references.Add(previousNumber);
        }
        var fields = new DocumentFields
        {
            File = $"synthetic-{place}-{year}.txt",
            Number = $"{_random.Next(1, 3000)}/{suffix}",
            Kind = template.Kind ?? "Kế hoạch",
            Issuer = suffix.EndsWith("/TU", StringComparison.Ordinal) || suffix.EndsWith("-TU", StringComparison.Ordinal) ? $"Tỉnh ủy {place}" : $"Ủy ban nhân dân tỉnh {place}",
            Place = place,
            Date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Title = template.Title is { } title && template.Place is { } templatePlace ? title.Replace(templatePlace, place) : template.Title,
            References = references.Distinct().ToList(),
        };
        return new DirectiveExtraction { Document = fields, Tasks = Enumerable.Range(0, taskCount).Select(_ => Task(year)).ToList() };
    }

    private TaskItem Task(int year)
    {
        var (task, goldYear) = _tasks[_random.Next(_tasks.Count)];
        var text = task.Text;
        if (_random.NextDouble() < 0.3)
        {
            var other = _tasks[_random.Next(_tasks.Count)].Task.Text;
            var end = other.IndexOfAny(['.', ';', ',']);
            text = $"{text} {(end > 20 ? other[..end] : other[..Math.Min(other.Length, 120)])}.";
        }
        var owners = _random.NextDouble() < 0.5
            ? task.Owners
            : [new Owner(_owners[_random.Next(_owners.Count)].Name, Owner.Lead),
               .. Enumerable.Range(0, _random.Next(4)).Select(_ => new Owner(_owners[_random.Next(_owners.Count)].Name, Owner.Support))];
        return new TaskItem { Text = text, Owners = owners.DistinctBy(o => o.Name).ToList(), Deadline = Deadline(task.Deadline, year, goldYear) };
    }

    /// <summary>The gold deadline moved by as many years as the document moved; sometimes a new one.</summary>
    private Deadline? Deadline(Deadline? gold, int year, int goldYear)
    {
        if (gold?.Due is { Length: 10 } due && DateOnly.TryParseExact(due, "yyyy-MM-dd", out var day))
        {
            var moved = day.AddYears(Math.Clamp(year - goldYear, -10, 10));
            return gold with { Due = moved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        }
        if (_random.NextDouble() < 0.3)
        {
            var quarterEnd = new DateOnly(year + _random.Next(4), 3 * (1 + _random.Next(4)), 1).AddMonths(1).AddDays(-1);
            return new Deadline("Hoàn thành trong quý", null, quarterEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
        }
        return gold;
    }

    private static int? YearOf(string? date) => date is { Length: >= 4 } && int.TryParse(date[..4], out var y) ? y : null;
}
