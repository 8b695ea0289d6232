using System.Text.Json;
using Ingest.Core.Extraction;

namespace Ingest.Extraction.Evaluation;

/// <summary>Reads gold and prediction files of the <c>directive-extraction/1</c> format.</summary>
public static class ExtractionFile
{
    /// <exception cref="EvaluationInputException">The file cannot be read or is not JSON of the format.</exception>
    public static DirectiveExtraction Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        DirectiveExtraction extraction;
        try
        {
            extraction = ExtractionJson.Deserialize(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new EvaluationInputException($"{path}: not a readable {DirectiveExtraction.FormatName} file: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new EvaluationInputException($"{path}: cannot be read: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new EvaluationInputException($"{path}: cannot be read: {e.Message}", e);
        }
        // The deserializer lets "document": null through; every score needs the document object.
        return extraction.Document is null
            ? throw new EvaluationInputException($"{path}: \"document\" is null; the format requires the document object.")
            : extraction;
    }

    /// <summary>What an extractor that found nothing would print: scored like a missing prediction.</summary>
    public static DirectiveExtraction Empty(string file) => new() { Document = new DocumentFields { File = file } };
}
