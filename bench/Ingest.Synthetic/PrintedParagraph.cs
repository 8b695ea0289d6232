namespace Ingest.Synthetic;

/// <summary>A paragraph to print, in bold or not.</summary>
public sealed record PrintedParagraph(string Text, bool Bold = false);
