using System.Diagnostics;

namespace Ingest.Bench.Ocr;

/// <summary>Runs a command line through bash and times it.</summary>
public static class Shell
{
    public static string Output(string command)
    {
        using var process = Start(command, redirect: true);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    /// <summary>Runs the command (its output discarded) and returns the wall time; fails when it exits non-zero.</summary>
    public static TimeSpan Time(string command, IReadOnlyDictionary<string, string>? environment = null)
    {
        var clock = Stopwatch.StartNew();
        using var process = Start(command, redirect: true, environment);
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{command}' exited with {process.ExitCode}: {error.Result}");
        }
        return clock.Elapsed;
    }

    private static Process Start(string command, bool redirect, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = redirect, RedirectStandardError = redirect, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        return Process.Start(start) ?? throw new InvalidOperationException("bash could not be started");
    }
}
