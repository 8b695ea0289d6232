using System.Diagnostics;
using Ingest.Core.Pipeline;
using Ingest.Core.Text;
using Ingest.Core.Vietnamese;
using Ingest.Extraction;

// Extraction speed on one core, OCR excluded: normalise + repair + extract over the texts of corpus/raw, against
// the plain normalisation (NFC, tone marks) of the same texts in the same run. A page is 3,000 characters, about
// one A4 page of a directive.
const int CharactersPerPage = 3000;
var root = args.Length > 0 ? args[0] : FindRepositoryRoot();
var texts = Directory.EnumerateFiles(Path.Combine(root, "corpus", "raw"))
    .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
    .Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f)))
    .ToList();
var characters = texts.Sum(t => t.Text.Length);
var pages = (double)characters / CharactersPerPage;
var extractor = DirectiveExtractor.WithShippedModels();
var normalizer = TextNormalizer.Default;

double Rate(Action<(string Name, string Text)> work)
{
    foreach (var t in texts) work(t); // warm-up
    var watch = Stopwatch.StartNew();
    var rounds = 0;
    do
    {
        foreach (var t in texts) work(t);
        rounds++;
    }
    while (watch.Elapsed < TimeSpan.FromSeconds(3));
    return rounds * pages / watch.Elapsed.TotalSeconds;
}

var reference = Rate(t => VietnameseText.Normalize(t.Text));
var full = Rate(t => extractor.Extract(t.Name, normalizer.Normalize(DocumentText.SinglePage(t.Text, TextMethod.PlainText)).Text));
var extractOnly = Rate(t => extractor.Extract(t.Name, DocumentText.SinglePage(t.Text, TextMethod.PlainText)));
Console.WriteLine($"corpus: {texts.Count} texts, {characters:N0} characters = {pages:N0} pages of {CharactersPerPage} characters");
Console.WriteLine($"reference  VietnameseText.Normalize            {reference,10:N1} pages/s");
Console.WriteLine($"extract    (text already normalised)         {extractOnly,10:N1} pages/s   ratio {extractOnly / reference:0.000}");
Console.WriteLine($"pipeline   normalise + repair + extract      {full,10:N1} pages/s   ratio {full / reference:0.000}");

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln")))
        {
            return dir.FullName;
        }
    }
    throw new InvalidOperationException("Run from inside the repository or pass its path.");
}
