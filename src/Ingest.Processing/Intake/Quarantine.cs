namespace Ingest.Processing.Intake;

/// <summary>Keeps refused files with a <c>&lt;name&gt;.error.txt</c> beside them that says why and what to do.</summary>
public sealed class Quarantine(DataPaths paths, TimeProvider time)
{
    public string Put(string fileName, ReadOnlySpan<byte> content, string reason, string advice)
    {
        Directory.CreateDirectory(paths.Quarantine);
        var target = UniquePath(Path.GetFileName(fileName));
        File.WriteAllBytes(target, content.ToArray());
        WriteReason(target, reason, advice);
        return target;
    }

    /// <summary>Moves a file from the inbox into quarantine (nothing is copied twice, nothing lost).</summary>
    public string Move(string path, string reason, string advice)
    {
        Directory.CreateDirectory(paths.Quarantine);
        var target = UniquePath(Path.GetFileName(path));
        File.Move(path, target);
        WriteReason(target, reason, advice);
        return target;
    }

    private void WriteReason(string target, string reason, string advice) =>
        File.WriteAllText(target + ".error.txt",
            $"File: {Path.GetFileName(target)}\nWhen: {time.GetUtcNow():u}\nWhy: {reason}\nWhat to do: {advice}\n");

    private string UniquePath(string name)
    {
        var candidate = Path.Combine(paths.Quarantine, name);
        for (var i = 1; File.Exists(candidate); i++)
        {
            candidate = Path.Combine(paths.Quarantine, $"{Path.GetFileNameWithoutExtension(name)} ({i}){Path.GetExtension(name)}");
        }
        return candidate;
    }
}
