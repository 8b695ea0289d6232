using System.Globalization;

namespace Ingest.Extraction.Evaluation;

/// <summary>The terminal report of <c>ingest eval</c>: one row per document, then the micro-averaged totals.</summary>
public static class EvaluationReportTable
{
    private const int MaxNameWidth = 32;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(EvaluationReport report, string split, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var width = Math.Clamp(report.Documents.Select(d => d.Stem.Length).DefaultIfEmpty(0).Max(), "Document".Length, MaxNameWidth);
        var header = $"{"Document".PadRight(width)}  {"Tasks g/p/ok",14}  {"P",5}  {"R",5}  {"F1",5}  {"Own F1",6}  {"Dl acc",6}  {"Tgt F1",6}  {"Tgt at",6}  {"Doc",5}";
        output.WriteLine(header);
        output.WriteLine(new string('-', header.Length));
        foreach (var document in report.Documents)
        {
            output.WriteLine(Row(Shorten(document.Stem, width).PadRight(width), document.Scores));
        }
        output.WriteLine(new string('-', header.Length));
        output.WriteLine(Row($"TOTAL ({report.Documents.Count})".PadRight(width), report.Totals));
        output.WriteLine();
        var totals = report.Totals;
        output.WriteLine("g/p/ok: gold, predicted and paired tasks. Own: owners. Dl: deadlines. Tgt at: target attributes. Doc: document fields right.");
        output.WriteLine($"Split: {split}. Totals are micro-averaged (counts summed over documents, then divided).");
        output.WriteLine($"Tasks    P {F(totals.Tasks.Precision)}  R {F(totals.Tasks.Recall)}  F1 {F(totals.Tasks.F1)}   ({totals.Tasks.Matched} paired of {totals.Tasks.Gold} gold, {totals.Tasks.Predicted} predicted)");
        output.WriteLine($"Owners   P {F(totals.Owners.Precision)}  R {F(totals.Owners.Recall)}  F1 {F(totals.Owners.F1)}   ({totals.Owners.Matched} right of {totals.Owners.Gold} gold, {totals.Owners.Predicted} predicted)");
        output.WriteLine($"Targets  P {F(totals.Targets.Precision)}  R {F(totals.Targets.Recall)}  F1 {F(totals.Targets.F1)}   ({totals.Targets.Matched} paired of {totals.Targets.Gold} gold, {totals.Targets.Predicted} predicted)");
        output.WriteLine($"Deadline accuracy          {Share(totals.Deadlines)}   ({totals.Deadlines.Correct} of {totals.Deadlines.Total} paired tasks with a gold due or recurrence)");
        output.WriteLine($"Target attribute accuracy  {Share(totals.TargetAttributes)}   ({totals.TargetAttributes.Correct} of {totals.TargetAttributes.Total} paired targets)");
        output.WriteLine($"Document field accuracy    {Share(totals.DocumentFields)}   ({totals.DocumentFields.Correct} of {totals.DocumentFields.Total} fields)");
    }

    private static string Row(string name, ScoreSet s) =>
        $"{name}  {$"{s.Tasks.Gold}/{s.Tasks.Predicted}/{s.Tasks.Matched}",14}  {F(s.Tasks.Precision)}  {F(s.Tasks.Recall)}  {F(s.Tasks.F1)}  " +
        $"{F(s.Owners.F1),6}  {Share(s.Deadlines),6}  {F(s.Targets.F1),6}  {Share(s.TargetAttributes),6}  {$"{s.DocumentFields.Correct}/{s.DocumentFields.Total}",5}";

    private static string F(double value) => value.ToString("0.000", Invariant);

    /// <summary>"-" where there was nothing to score (see <see cref="Accuracy.Share"/>).</summary>
    private static string Share(Accuracy accuracy) => accuracy.Share is { } share ? F(share) : "-";

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
