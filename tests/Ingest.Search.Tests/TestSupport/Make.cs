using Ingest.Core.Extraction;

namespace Ingest.Search.Tests.TestSupport;

/// <summary>Small extractions for tests that need exactly one thing in the index.</summary>
public static class Make
{
    public static DirectiveExtraction Directive(DocumentFields document, params TaskItem[] tasks) =>
        new() { Document = document, Tasks = tasks };

    public static DocumentFields Doc(string file = "a.txt", string? number = null, string? place = null, string? date = null,
        string? kind = null, string? issuer = null, string? title = null, params string[] references) =>
        new() { File = file, Number = number, Place = place, Date = date, Kind = kind, Issuer = issuer, Title = title, References = references };

    public static TaskItem Task(string text, string? due = null, params Owner[] owners) =>
        new() { Text = text, Owners = owners, Deadline = due is null ? null : new Deadline(due, null, due, null) };

    public static Owner Lead(string name) => new(name, Owner.Lead);

    public static Owner Support(string name) => new(name, Owner.Support);
}
