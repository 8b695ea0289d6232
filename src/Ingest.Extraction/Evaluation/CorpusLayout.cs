namespace Ingest.Extraction.Evaluation;

/// <summary>Where the parts of a corpus lie next to its gold folder: <c>corpus/{gold,raw,split.json}</c>.</summary>
public static class CorpusLayout
{
    /// <summary>The folder that holds the gold folder (corpus/).</summary>
    public static string Root(string goldDirectory) =>
        Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(goldDirectory)))
        ?? throw new EvaluationInputException($"The gold folder {goldDirectory} has no parent folder for raw/ and split.json.");

    public static string RawDirectory(string goldDirectory) => Path.Combine(Root(goldDirectory), "raw");

    public static string SplitPath(string goldDirectory) => Path.Combine(Root(goldDirectory), CorpusSplit.FileName);
}
