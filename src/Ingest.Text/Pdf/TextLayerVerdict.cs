namespace Ingest.Text.Pdf;

/// <summary>Whether a page's text layer can be used as it is, and if not, why.</summary>
public sealed record TextLayerVerdict(bool Trusted, string Reason)
{
    public static TextLayerVerdict Good { get; } = new(true, "good Vietnamese text");
}
