namespace Ingest.Synthetic;

/// <summary>
/// How a clean page is spoiled, in the order a scan spoils it: skew, blur (focus, ink spread), low contrast (faded
/// print), uneven lighting (a phone photo, a curled page), sensor noise, then either JPEG compression or
/// binarisation (a bilevel scanner, stored as CCITT G4). A turned page is put on the scanner sideways or upside
/// down: 90°, 180° or 270° clockwise, by page.
/// </summary>
public sealed record Degradation(
    string Name,
    double SkewDegrees = 0,
    double BlurSigma = 0,
    double Contrast = 1,
    double UnevenLighting = 0,
    double NoiseSigma = 0,
    int? JpegQuality = null,
    bool Bilevel = false,
    bool Turned = false)
{
    /// <summary>The levels the OCR benchmark reports, from clean to heavy, plus the two kinds that defeat global thresholds.</summary>
    public static IReadOnlyList<Degradation> Levels { get; } =
    [
        new("clean"),
        new("light", SkewDegrees: 0.6, BlurSigma: 0.6, NoiseSigma: 6, JpegQuality: 85),
        new("medium", SkewDegrees: 1.5, BlurSigma: 1.0, Contrast: 0.7, NoiseSigma: 12, JpegQuality: 60),
        new("heavy", SkewDegrees: -2.5, BlurSigma: 1.4, Contrast: 0.5, NoiseSigma: 20, JpegQuality: 40),
        new("uneven-light", SkewDegrees: 0.4, BlurSigma: 0.5, UnevenLighting: 0.65, NoiseSigma: 6, JpegQuality: 80),
        new("bilevel-g4", SkewDegrees: 0.8, BlurSigma: 0.7, NoiseSigma: 10, Bilevel: true),
        new("turned", SkewDegrees: 0.6, BlurSigma: 0.6, NoiseSigma: 6, JpegQuality: 85, Turned: true),
    ];

    public static Degradation Named(string name) =>
        Levels.FirstOrDefault(l => l.Name == name) ?? throw new ArgumentException($"No degradation level '{name}'. Levels: {string.Join(", ", Levels.Select(l => l.Name))}");
}
