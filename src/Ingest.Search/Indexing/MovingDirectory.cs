using Lucene.Net.Store;

namespace Ingest.Search.Indexing;

/// <summary>
/// A folder of a rebuild (<see cref="PartialIndexes"/>) whose files are moved, not copied, when IndexWriter.AddIndexes
/// takes its segments into the index: a rename (the folders lie beside the index) instead of writing the whole index
/// once more on one core, a twentieth of a rebuild's time. The files were synced by the folder's own commit, and the
/// folder is deleted afterwards. File.Move copies where a rename cannot be done (another disk).
/// </summary>
internal sealed class MovingDirectory(DirectoryInfo path) : NIOFSDirectory(path)
{
    public override void Copy(Lucene.Net.Store.Directory to, string src, string dest, IOContext context)
    {
        if (to is FSDirectory target)
        {
            File.Move(Path.Combine(Directory.FullName, src), Path.Combine(target.Directory.FullName, dest));
            return;
        }
        base.Copy(to, src, dest, context);
    }
}
