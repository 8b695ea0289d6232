using Ingest.Core.Extraction;

namespace Ingest.Extraction.Evaluation;

/// <summary>
/// The share of the document fields number, kind, date, issuer and signer that equal gold's after folding.
/// A null gold field equals only a null or empty prediction (<see cref="FieldEquality.Same"/>).
/// </summary>
public static class DocumentFieldAccuracy
{
    public static Accuracy Of(DocumentFields gold, DocumentFields predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        (string? Gold, string? Predicted)[] fields =
        [
            (gold.Number, predicted.Number),
            (gold.Kind, predicted.Kind),
            (gold.Date, predicted.Date),
            (gold.Issuer, predicted.Issuer),
            (gold.Signer, predicted.Signer),
        ];
        return new Accuracy(fields.Count(f => FieldEquality.Same(f.Gold, f.Predicted)), fields.Length);
    }
}
