using System.CommandLine;
using System.Globalization;
using System.Text;
using Ingest.Extraction.Classification;
using Ingest.Extraction.Evaluation;
using Ingest.Extraction.Owners;

namespace Ingest.Cli.Commands;

/// <summary>
/// ingest train: trains the segment classifier on the train split of corpus/gold (fixed seed), measures it on the
/// test split, writes models/segment-classifier.zip, the agency gazetteer models/agencies.tsv (from the train owners)
/// and the model card models/README.md.
/// </summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "Corpus folder with gold/, raw/ and split.json", DefaultValueFactory = _ => new DirectoryInfo("corpus") };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for the model and its card", DefaultValueFactory = _ => new DirectoryInfo("models") };
        var command = new Command("train", "Train the segment classifier on the train split and write models/ (model + model card).") { corpus, output };
        command.SetAction(result =>
        {
            var corpusDir = result.GetValue(corpus)!;
            var outDir = result.GetValue(output)!;
            try
            {
                return Run(corpusDir.FullName, outDir.FullName);
            }
            catch (EvaluationInputException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        });
        return command;
    }

    private static int Run(string corpusDir, string outDir)
    {
        var gold = Path.Combine(corpusDir, "gold");
        var train = GoldTraining.Samples(gold, GoldCorpus.Load(gold, "train", _ => { }));
        var test = GoldTraining.Samples(gold, GoldCorpus.Load(gold, "test", _ => { }));
        Console.Error.WriteLine($"Training on {train.Count} paragraphs of the train split…");
        var trainer = new SegmentClassifierTrainer();
        var model = trainer.Train(train, out var schema);
        var modelPath = Path.Combine(outDir, SegmentClassifier.FileName);
        trainer.Save(model, schema, modelPath);
        var quality = trainer.Evaluate(model, test);
        var gazetteer = GoldTraining.Gazetteer(GoldCorpus.Load(gold, "train", _ => { }));
        gazetteer.Write(Path.Combine(outDir, AgencyGazetteer.FileName));
        var card = ModelCard(train, test, quality, gazetteer);
        File.WriteAllText(Path.Combine(outDir, "README.md"), card);
        Console.WriteLine(card);
        Console.Error.WriteLine($"Wrote {modelPath}, {Path.Combine(outDir, AgencyGazetteer.FileName)} and {Path.Combine(outDir, "README.md")}");
        return 0;
    }

    private static string ModelCard(List<SegmentInput> train, List<SegmentInput> test, ClassifierQuality quality, AgencyGazetteer gazetteer)
    {
        var card = new StringBuilder();
        card.AppendLine("# Models");
        card.AppendLine();
        card.AppendLine("## segment-classifier.zip");
        card.AppendLine();
        card.AppendLine("What it does: tells what a paragraph of a directive is (task, target, heading, other). The extractor uses it");
        card.AppendLine("to veto task candidates that the structure rules propose but the classifier reads as background or goals.");
        card.AppendLine();
        card.AppendLine($"- Trained: {DateTime.UtcNow:yyyy-MM-dd} by `./ingest train` (ML.NET SDCA maximum entropy, fixed seed, deterministic).");
        card.AppendLine($"- Data: paragraphs of the `train` split of corpus/gold ({train.Count} paragraphs: {Counts(train)}), labelled by pairing with the gold tasks and targets.");
        card.AppendLine("- Features: word and character n-grams of the paragraph text (first 400 characters); the kind of part it stands in; its list marker;");
        card.AppendLine("  depth; number of words (log); number of items under it; ends with ':'; names an agency; names a due date or recurrence; has a percentage.");
        card.AppendLine($"- Quality on the `test` split ({test.Count} paragraphs: {Counts(test)}), never used for training:");
        card.AppendLine();
        card.AppendLine("| class | support | precision | recall |");
        card.AppendLine("|---|---|---|---|");
        foreach (var c in quality.Classes)
        {
            card.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {c.Class} | {c.Support} | {c.Precision:0.000} | {c.Recall:0.000} |"));
        }
        card.AppendLine();
        card.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Accuracy on test: {quality.Accuracy:0.000}."));
        card.AppendLine();
        card.AppendLine("## agencies.tsv");
        card.AppendLine();
        card.AppendLine("What it does: the agency gazetteer. The extractor completes an owner name the recogniser cut short when the");
        card.AppendLine("document usually writes a longer known name that starts with it (\"Trung tâm Xúc tiến đầu tư\" → \"Trung tâm Xúc tiến");
        card.AppendLine("đầu tư, thương mại và du lịch\"; the longer name at least half as often as the short one alone, so one paragraph's");
        card.AppendLine("\"doanh nghiệp viễn thông\" does not rename every \"Doanh nghiệp\"), never by a place (\"Sở Y tế\" stays without \"tỉnh");
        card.AppendLine("Điện Biên\"), and spells known names as the corpus does. Unknown names pass unchanged.");
        card.AppendLine();
        card.AppendLine($"- Built: {DateTime.UtcNow:yyyy-MM-dd} by `./ingest train` from the owners of the `train` split of corpus/gold only ({gazetteer.Count} names).");
        card.AppendLine("- Format: UTF-8 TSV, header `name<TAB>documents`; one canonical name (NFC, new-style tone marks) per line with the number of");
        card.AppendLine("  train documents that name it. Grow it by adding reviewed gold documents to the train split and running `./ingest train`.");
        return card.ToString();
    }

    private static string Counts(List<SegmentInput> samples) =>
        string.Join(", ", samples.GroupBy(s => s.Label).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
}
