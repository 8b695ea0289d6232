namespace Ingest.Synthetic;

/// <summary>A Vietnamese-capable font file from Debian's font packages.</summary>
public sealed record ScanFont(string Name, string Path)
{
    /// <summary>
    /// Serif and sans faces with full Vietnamese coverage: DejaVu (fonts-dejavu-core) and Liberation 2
    /// (fonts-liberation2; metric-compatible with Times New Roman and Arial, the faces of Vietnamese official documents).
    /// </summary>
    public static IReadOnlyList<ScanFont> Available { get; } = new ScanFont[]
    {
        new("Liberation Serif", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"),
        new("DejaVu Sans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        new("Liberation Sans", "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"),
        new("DejaVu Serif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"),
    }.Where(f => File.Exists(f.Path)).ToList();
}
