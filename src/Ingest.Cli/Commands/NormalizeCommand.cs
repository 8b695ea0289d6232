using System.CommandLine;
using Ingest.Core.Vietnamese;

namespace Ingest.Cli.Commands;

/// <summary>
/// ingest normalize FILE [--diff] [--no-repair]: the file decoded (UTF-8/16, TCVN3, VNI, VIQR), normalised
/// (<see cref="VietnameseText.Normalize"/>) and repaired (<see cref="OcrRepairer"/>); --diff prints the changes instead.
/// </summary>
public static class NormalizeCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The text to normalise (.txt, .md; UTF-8, UTF-16, TCVN3, VNI or VIQR)" };
        var diff = new Option<bool>("--diff") { Description = "Print what changed, as \"line N: original → replacement\", instead of the text" };
        var noRepair = new Option<bool>("--no-repair") { Description = "Normalise only, without OCR repair" };
        var command = new Command("normalize", "Normalise Vietnamese text and repair OCR errors.") { file, diff, noRepair };
        command.SetAction(result =>
        {
            var input = result.GetValue(file)!;
            if (!input.Exists)
            {
                Console.Error.WriteLine($"File not found: {input.FullName}");
                return 2;
            }
            var decoded = LegacyTextDecoder.Decode(File.ReadAllBytes(input.FullName));
            var normalized = VietnameseText.Normalize(decoded.Text);
            var repair = result.GetValue(noRepair) ? null : OcrRepairer.Default.Repair(normalized);
            if (result.GetValue(diff))
            {
                PrintDiff(decoded, normalized, repair);
            }
            else
            {
                Console.Out.Write(repair?.Text ?? normalized);
            }
            return 0;
        });
        return command;
    }

    private static void PrintDiff(DecodedText decoded, string normalized, RepairResult? repair)
    {
        var detection = decoded.Detection;
        if (detection.Encoding != LegacyEncoding.Unicode)
        {
            var converted = detection.Confidence >= LegacyTextDecoder.MinimumConfidence ? "converted" : "not converted (low confidence)";
            Console.WriteLine($"encoding: {detection.Encoding}, confidence {detection.Confidence:F2}, {converted}");
        }
        var before = decoded.Text.Split('\n');
        var after = normalized.Split('\n');
        if (before.Length == after.Length)
        {
            for (var line = 0; line < before.Length; line++)
            {
                foreach (var (original, replacement) in ChangedWords(before[line], after[line]))
                {
                    Console.WriteLine($"line {line + 1}: {original} → {replacement} (normalise)");
                }
            }
        }
        else
        {
            Console.WriteLine($"normalise: {before.Length} lines became {after.Length}");
        }
        foreach (var change in repair?.Repairs ?? [])
        {
            var line = 1 + normalized.AsSpan(0, change.Offset).Count('\n');
            Console.WriteLine($"line {line}: {OneLine(change.Original)} → {OneLine(change.Replacement)} (repair)");
        }
    }

    /// <summary>Word pairs that differ, when the line kept its words; else the whole line.</summary>
    private static IEnumerable<(string Original, string Replacement)> ChangedWords(string before, string after)
    {
        if (before == after)
        {
            yield break;
        }
        var originalWords = Words(before);
        var newWords = Words(after);
        if (originalWords.Length != newWords.Length)
        {
            yield return (before, after);
            yield break;
        }
        for (var k = 0; k < originalWords.Length; k++)
        {
            if (originalWords[k] != newWords[k])
            {
                yield return (Visible(originalWords[k]), newWords[k]);
            }
        }
    }

    private static string[] Words(string line) =>
        line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries); // every white space, no-break space included

    /// <summary>Invisible and look-alike characters shown as code points, so that the diff shows why a word changed.</summary>
    private static string Visible(string word) =>
        string.Concat(word.Select(c => c is < ' ' or (>= '\u00A0' and < '\u00C0') or (>= '\u0300' and < '\u0370') or (>= '\u0370' and < '\u0530') or (>= '\u2000' and < '\u2070') or (>= '\uE000' and < '\uF900') or '\uFEFF'
            ? $"<U+{(int)c:X4}>"
            : c.ToString()));

    private static string OneLine(string text) => text.Replace("\n", "⏎");
}
