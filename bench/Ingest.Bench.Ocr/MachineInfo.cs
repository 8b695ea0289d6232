using System.Diagnostics;

namespace Ingest.Bench.Ocr;

/// <summary>The machine line of bench/RESULTS.md: cores (nproc) and the CPU model (lscpu).</summary>
public static class MachineInfo
{
    public static string Describe() =>
        $"{Environment.ProcessorCount} cores (nproc), {CpuModel()}, Tesseract {Text.Ocr.TesseractEngine.Version}, {DateTime.UtcNow:yyyy-MM-dd}";

    private static string CpuModel()
    {
        try
        {
            var line = Shell.Output("lscpu").Split('\n').FirstOrDefault(l => l.StartsWith("Model name", StringComparison.Ordinal));
            return line?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "unknown CPU";
        }
    }
}
