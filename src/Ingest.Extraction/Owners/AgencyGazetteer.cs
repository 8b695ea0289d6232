using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ingest.Core.Extraction;
using Ingest.Core.Vietnamese;
using Ingest.Extraction.Classification;

namespace Ingest.Extraction.Owners;

/// <summary>
/// The canonical agency names the corpus has seen (<c>models/agencies.tsv</c>, built by <c>./ingest train</c> from
/// the owners of the train split). It completes names the recogniser cut short when the document writes the full
/// name: "Trung tâm Xúc tiến đầu tư" → "Trung tâm Xúc tiến đầu tư, thương mại và du lịch", and gives a known name
/// its usual spelling. Names it has not seen pass unchanged: new documents bring new agencies.
/// </summary>
public sealed partial class AgencyGazetteer
{
    public const string FileName = "agencies.tsv";
    private const string Header = "name\tdocuments";

    private readonly IReadOnlyList<Entry> _entries;
    private readonly Dictionary<string, Entry> _byKey;

    private AgencyGazetteer(IEnumerable<Entry> entries)
    {
        _entries = entries.OrderByDescending(e => e.Key.Length).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
        _byKey = _entries.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Documents).First());
    }

    public static AgencyGazetteer Empty { get; } = new([]);

    public int Count => _entries.Count;

    /// <summary>One entry per folded name, spelled as most documents spell it, with the number of documents naming it.</summary>
    public static AgencyGazetteer Build(IEnumerable<(string Document, string Name)> owners) =>
        new(owners
            .Select(o => (o.Document, Name: VietnameseText.Normalize(o.Name).Trim()))
            .Where(o => o.Name.Length > 0)
            .GroupBy(o => Key(o.Name))
            .Select(g => new Entry(
                g.GroupBy(o => o.Name).OrderByDescending(s => s.Select(o => o.Document).Distinct().Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key,
                g.Key,
                g.Select(o => o.Document).Distinct().Count())));

    public static AgencyGazetteer LoadDefault() => Load(ModelFiles.Locate(FileName));

    public static AgencyGazetteer Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ModelLoadException($"The agency gazetteer is missing: {path}. Run './ingest train' to build it (or set {ModelFiles.EnvironmentVariable} to the folder that holds it).");
        }
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0 || lines[0] != Header)
        {
            throw new ModelLoadException($"The agency gazetteer {path} does not start with the header '{Header.Replace("\t", "<tab>", StringComparison.Ordinal)}'. Run './ingest train' to rebuild it.");
        }
        var entries = new List<Entry>();
        foreach (var (line, number) in lines.Skip(1).Select((l, i) => (l, i + 2)).Where(p => p.l.Length > 0))
        {
            var cells = line.Split('\t');
            if (cells.Length != 2 || !int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out var documents))
            {
                throw new ModelLoadException($"Line {number} of the agency gazetteer {path} is not 'name<tab>documents'. Run './ingest train' to rebuild it.");
            }
            var name = VietnameseText.Normalize(cells[0]);
            entries.Add(new Entry(name, Key(name), documents));
        }
        return new AgencyGazetteer(entries);
    }

    public void Write(string path)
    {
        var lines = _entries.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => $"{e.Name}\t{e.Documents.ToString(CultureInfo.InvariantCulture)}");
        File.WriteAllLines(path, new[] { Header }.Concat(lines), new UTF8Encoding(false));
    }

    /// <summary>
    /// Each owner as the gazetteer knows it: the longest known name that starts with the owner's name and that the
    /// document writes in full, else the known spelling of the same name, else the owner as found.
    /// </summary>
    public IReadOnlyList<Owner> Complete(IReadOnlyList<Owner> owners, string foldedDocument)
    {
        if (_entries.Count == 0 || owners.Count == 0)
        {
            return owners;
        }
        var completed = new List<Owner>(owners.Count);
        foreach (var owner in owners)
        {
            var key = Key(owner.Name);
            var longer = PlaceLevel().IsMatch(key) ? null : _entries.FirstOrDefault(e => e.Key.Length > key.Length
                && e.Key.StartsWith(key + " ", StringComparison.Ordinal)
                && !LeadingPlaceLevel().IsMatch(e.Key[(key.Length + 1)..])
                && !RelatedOnly().IsMatch(e.Key[(key.Length + 1)..])
                && !MoreKinds().IsMatch(e.Key[(key.Length + 1)..])
                && IsUsuallyWrittenInFull(foldedDocument, key, e.Key));
            var name = longer?.Name ?? (_byKey.TryGetValue(key, out var same) ? same.Name : owner.Name);
            if (!completed.Any(o => Key(o.Name) == Key(name)))
            {
                completed.Add(owner with { Name = name });
            }
        }
        return completed;
    }

    /// <summary>
    /// Whether the document writes the longer name at least as often as the short one stands alone: "Ban Quản lý các
    /// khu chế xuất" is always "… và công nghiệp Cần Thơ", but "doanh nghiệp" is not "doanh nghiệp viễn thông" because
    /// one paragraph says so.
    /// </summary>
    private static bool IsUsuallyWrittenInFull(string foldedDocument, string key, string longer)
    {
        var full = Occurrences(foldedDocument, longer);
        return full > 0 && full * 2 >= Occurrences(foldedDocument, key);
    }

    private static int Occurrences(string folded, string key)
    {
        var count = 0;
        for (var at = folded.IndexOf(key, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(key, at + key.Length, StringComparison.Ordinal))
        {
            var end = at + key.Length;
            if ((at == 0 || folded[at - 1] == ' ') && (end == folded.Length || folded[end] == ' '))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>The folding of the scoring rules, used to compare names and to search the document.</summary>
    public static string Key(string text) => VietnameseText.FoldForComparison(text);

    private sealed record Entry(string Name, string Key, int Documents);

    /// <summary>A name ending in its level ("Ủy ban nhân dân tỉnh") is completed by a place, not by the gazetteer.</summary>
    [GeneratedRegex(@"(?:^| )(?:tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong|dac khu)$")]
    private static partial Regex PlaceLevel();

    /// <summary>"Các sở, ngành" + "liên quan": had the text said so there, the recogniser would have kept it.</summary>
    [GeneratedRegex(@"^(?:co )?lien quan$")]
    private static partial Regex RelatedOnly();

    /// <summary>"các sở" is not short for "các sở, ban, ngành": a group goes on with other kinds of body, not with its name.</summary>
    [GeneratedRegex(@"^(?:ban|nganh|so|co quan|don vi|dia phuong|doan the|to chuc)(?: |$)")]
    private static partial Regex MoreKinds();

    /// <summary>"Sở Y tế" + "tỉnh Điện Biên": a place the guide does not add.</summary>
    [GeneratedRegex(@"^(?:tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong|dac khu|tren dia ban)\b")]
    private static partial Regex LeadingPlaceLevel();
}
