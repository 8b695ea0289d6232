namespace Ingest.Extraction.Classification;

/// <summary>What a paragraph of a directive is, as the segment classifier tells it.</summary>
public static class SegmentClasses
{
    /// <summary>An assigned action (one item, bullet, row or paragraph).</summary>
    public const string Task = "task";

    /// <summary>A quantified goal.</summary>
    public const string Target = "target";

    /// <summary>A heading, lead-in or owner heading that passes owners and time to the items under it.</summary>
    public const string Heading = "heading";

    /// <summary>Background, purpose, assessment, recipients, signature: nothing to extract.</summary>
    public const string Other = "other";

    public static readonly string[] All = [Task, Target, Heading, Other];
}
