using System.Globalization;

namespace Ingest.Bench.Search;

/// <summary>
/// The machine's busy CPU time from /proc/stat (all processes, all cores), to tell how much of it other work took
/// while the benchmark ran: the load average alone lags by a minute and counts waiting threads too.
/// </summary>
public static class MachineCpu
{
    /// <summary>Busy time (user, nice, system, irq, softirq, steal) since boot; null where /proc/stat cannot be read.</summary>
    public static TimeSpan? Busy()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // cpu user nice system idle iowait irq softirq steal ...
            var ticks = new[] { 1, 2, 3, 6, 7, 8 }.Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture));
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
