using System.CommandLine;
using Ingest.Core.Extraction;
using Ingest.Core.Pipeline;
using Ingest.Extraction;

namespace Ingest.Cli.Commands;

/// <summary>ingest extract FILE [--json]: the extraction of one file, without the server or the store.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The directive to extract (.pdf, .tif, .jpg, .png, .docx, .txt, .md)" };
        var json = new Option<bool>("--json") { Description = "Print the directive-extraction/1 JSON" };
        var command = new Command("extract", "Extract document fields, tasks, owners, deadlines and targets from one file.") { file, json };
        command.SetAction(result =>
        {
            var input = result.GetValue(file)!;
            if (!input.Exists)
            {
                Console.Error.WriteLine($"File not found: {input.FullName}");
                return 2;
            }
            try
            {
                var extraction = Extract(input.FullName);
                Console.WriteLine(result.GetValue(json) ? ExtractionJson.Serialize(extraction) : Summary(extraction));
                return 0;
            }
            catch (RejectedInputException e)
            {
                Console.Error.WriteLine($"{input.Name}: {e.Reason} {e.Advice}");
                return 1;
            }
            catch (Extraction.Classification.ModelLoadException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        });
        return command;
    }

    private static readonly Lazy<DirectiveExtractor> Extractor = new(DirectiveExtractor.WithShippedModels);

    public static DirectiveExtraction Extract(string path, DirectiveExtractor? extractor = null)
    {
        var text = CliOcr.Sources().Read(Path.GetFileName(path), File.ReadAllBytes(path));
        return (extractor ?? Extractor.Value).Extract(Path.GetFileName(path), TextNormalizer.Default.Normalize(text).Text);
    }

    private static string Summary(DirectiveExtraction extraction)
    {
        var d = extraction.Document;
        var lines = new List<string>
        {
            $"{d.Kind ?? "(kind?)"} {d.Number ?? "(number?)"} — {d.Issuer ?? "(issuer?)"}, {d.Place ?? "?"}, {d.Date ?? "(date?)"}",
            d.Title ?? "",
            $"{extraction.Tasks.Count} tasks, {extraction.Targets.Count} targets",
        };
        foreach (var (task, i) in extraction.Tasks.Select((t, i) => (t, i + 1)))
        {
            var owners = string.Join("; ", task.Owners.Select(o => $"{o.Name} ({o.Role})"));
            var deadline = DeadlineText.Describe(task.Deadline);
            lines.Add($"{i,3}. {Shorten(task.Text, 110)}{(owners.Length > 0 ? $"\n     → {owners}" : "")}{(deadline.Length > 0 ? $"  [{Shorten(deadline, 60)}]" : "")}");
        }
        if (extraction.Targets.Count > 0)
        {
            lines.Add("Chỉ tiêu:");
            lines.AddRange(extraction.Targets.Select((t, i) => $"{i + 1,3}. {Shorten(TargetText.Describe(t), 140)}"));
        }
        return string.Join('\n', lines);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
