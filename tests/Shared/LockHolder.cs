using System.Diagnostics;

namespace Assessment.Tests.Shared;

/// <summary>
/// Another process (python3) holding an exclusive POSIX lock on a file until disposed. DuckDB locks its file with
/// fcntl, so this is exactly what a concurrent run looks like from here.
/// </summary>
public sealed class LockHolder : IDisposable
{
    private const string HoldLockScript =
        "import fcntl, sys\n" +
        "f = open(sys.argv[1], 'r+b')\n" +
        "fcntl.lockf(f, fcntl.LOCK_EX)\n" +
        "print('locked', flush=True)\n" +
        "sys.stdin.read()\n";

    private readonly Process process;

    private LockHolder(Process process) => this.process = process;

    /// <summary>Starts the holder and returns once the lock is taken.</summary>
    public static LockHolder Start(string path)
    {
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { "-c", HoldLockScript, path },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var holder = new LockHolder(process);
        var line = process.StandardOutput.ReadLine();
        if (line != "locked")
        {
            holder.Dispose();
            throw new InvalidOperationException($"The lock holder did not take the lock (said '{line}').");
        }

        return holder;
    }

    public void Dispose()
    {
        // Closing stdin ends the script, and with it the lock.
        process.StandardInput.Close();
        if (!process.WaitForExit(10_000))
        {
            process.Kill();
        }

        process.Dispose();
    }
}
