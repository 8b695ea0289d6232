using Ingest.Synthetic;

namespace Ingest.Bench.Ocr;

/// <summary>Clean synthetic pages from the corpus directives: up to two pages of each, fonts taken in turn, headings in bold unless asked not to.</summary>
public static class BenchCorpus
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static IReadOnlyList<SyntheticPage> Pages(int count, int dpi = 300, bool bold = true)
    {
        var renderer = new PageRenderer(dpi);
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot, "corpus", "raw"), "*.md").Order(StringComparer.Ordinal).ToList();
        var pages = new List<SyntheticPage>();
        for (var round = 0; round < 2 && pages.Count < count; round++)
        {
            for (var i = 0; i < files.Count && pages.Count < count; i++)
            {
                var font = ScanFont.Available[(i + round) % ScanFont.Available.Count];
                var page = renderer.Render(CorpusText.Printed(File.ReadAllText(files[i])).Select(p => bold ? p : p with { Bold = false }), font).Skip(round).FirstOrDefault();
                if (page is not null)
                {
                    pages.Add(page);
                }
            }
        }
        return pages;
    }

    /// <summary>The corpus text as lines of at most <paramref name="width"/> characters, for born-digital PDFs.</summary>
    public static IEnumerable<string> Lines(int width = 70)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot, "corpus", "raw"), "*.md").Order(StringComparer.Ordinal))
        {
            foreach (var paragraph in CorpusText.Paragraphs(File.ReadAllText(file)))
            {
                var line = "";
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (line.Length > 0 && line.Length + 1 + word.Length > width)
                    {
                        yield return line;
                        line = "";
                    }
                    line = line.Length == 0 ? word : line + " " + word;
                }
                if (line.Length > 0) yield return line;
            }
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln"))) return dir.FullName;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Run from inside the repository (Ingest.sln not found).");
    }
}
