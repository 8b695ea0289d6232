namespace Ingest.Extraction.Tasks;

/// <summary>Whether a part of a directive assigns work (its items are tasks) or not.</summary>
public enum SectionKind
{
    Preamble,
    Work,
    /// <summary>Mục tiêu, chỉ tiêu: quantified goals (targets), no tasks.</summary>
    Goals,
    NotWork,
    Closing,
}
