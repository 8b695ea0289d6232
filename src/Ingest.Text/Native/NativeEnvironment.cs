using System.Runtime.InteropServices;

namespace Ingest.Text.Native;

/// <summary>
/// Sets OMP_THREAD_LIMIT=1 in the native environment before libtesseract (and its OpenMP runtime) is loaded.
/// Environment.SetEnvironmentVariable does not reach native getenv on Linux, and libgomp reads the variable once,
/// when it loads; with our own one-engine-per-core pool, OpenMP threads inside Tesseract only compete for cores.
/// </summary>
internal static partial class NativeEnvironment
{
    private static readonly Lazy<bool> Prepared = new(PrepareOnce);

    public static void Prepare() => _ = Prepared.Value;

    private static bool PrepareOnce()
    {
        // A value the operator set (in the shell or the service unit) wins.
        setenv("OMP_THREAD_LIMIT", "1", 0);
        LeptonicaApi.setMsgSeverity(LeptonicaApi.SeverityNone);
        return true;
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int setenv(string name, string value, int overwrite);
}
