using System.Diagnostics;

namespace Ingest.Bench.Normalization;

/// <summary>
/// Throughput of several passes over the same text, measured in interleaved rounds (each round runs every pass once
/// for at least <see cref="MinimumRound"/>) so that a noisy, shared machine slows them alike; medians are reported,
/// ratios taken within a round.
/// </summary>
internal static class Measure
{
    private const int Rounds = 9;
    private static readonly TimeSpan MinimumRound = TimeSpan.FromSeconds(0.5);

    /// <summary>Median MB/s of each pass, and the median over rounds of each pass's rate divided by the first pass's.</summary>
    public static (double[] Rates, double[] Ratios) Compare(double megabytes, params Action[] passes)
    {
        foreach (var pass in passes)
        {
            for (var i = 0; i < 5; i++)
            {
                pass(); // warm-up: tiered compilation settles
            }
        }
        var rates = new double[passes.Length][];
        var ratios = new double[passes.Length][];
        for (var p = 0; p < passes.Length; p++)
        {
            (rates[p], ratios[p]) = (new double[Rounds], new double[Rounds]);
        }
        for (var round = 0; round < Rounds; round++)
        {
            for (var p = 0; p < passes.Length; p++)
            {
                var count = 0;
                var watch = Stopwatch.StartNew();
                while (watch.Elapsed < MinimumRound)
                {
                    passes[p]();
                    count++;
                }
                rates[p][round] = megabytes * count / watch.Elapsed.TotalSeconds;
            }
            for (var p = 0; p < passes.Length; p++)
            {
                ratios[p][round] = rates[p][round] / rates[0][round];
            }
        }
        return (rates.Select(Median).ToArray(), ratios.Select(Median).ToArray());
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
