namespace Ingest.Extraction.Evaluation;

/// <summary>
/// An input of the evaluation that cannot be used (a missing folder, a file that is not readable JSON of the
/// format). The message names the file and the reason, for the person who runs the evaluation.
/// </summary>
public sealed class EvaluationInputException(string message, Exception? inner = null) : Exception(message, inner);
