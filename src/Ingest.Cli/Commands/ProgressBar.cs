namespace Ingest.Cli.Commands;

/// <summary>A one-line progress bar on standard error (plain lines when stderr is not a terminal).</summary>
public sealed class ProgressBar(string title, int total) : IDisposable
{
    private const int Width = 30;
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private int _done;

    public void Report(string item, string state)
    {
        _done++;
        if (_interactive)
        {
            var filled = total == 0 ? Width : _done * Width / total;
            var line = $"{title} [{new string('#', filled)}{new string('.', Width - filled)}] {_done}/{total} {Path.GetFileName(item)}: {state}";
            Console.Error.Write("\r" + Fit(line));
        }
        else
        {
            Console.Error.WriteLine($"{title} {_done}/{total} {Path.GetFileName(item)}: {state}");
        }
    }

    /// <summary>A message on its own line, above the bar.</summary>
    public void Message(string text)
    {
        if (_interactive)
        {
            Console.Error.Write("\r" + new string(' ', Math.Max(0, SafeWidth() - 1)) + "\r");
        }
        Console.Error.WriteLine(text);
    }

    public void Done(string summary)
    {
        if (_interactive)
        {
            Console.Error.WriteLine();
        }
        Console.Error.WriteLine(summary);
    }

    public void Dispose()
    {
    }

    private static string Fit(string line)
    {
        var width = SafeWidth() - 1;
        return line.Length > width ? line[..width] : line.PadRight(width);
    }

    private static int SafeWidth()
    {
        try
        {
            return Console.WindowWidth > 20 ? Console.WindowWidth : 100;
        }
        catch (IOException)
        {
            return 100;
        }
    }
}
