using System.Diagnostics;
using Assessment.Storage.Store;

namespace Assessment.Storage.Tests.Ingest;

/// <summary>A store held by another process: a clear error at once, and the data already in it untouched.</summary>
public sealed class StoreLockTests
{
    [Fact]
    public void Open_StoreHeldByAnotherProcess_FailsClearlyAndLosesNothing()
    {
        using var folder = new TemporaryDirectory();
        var storePath = folder.Combine("assessment.duckdb");
        var csv = folder.Write("2025-01-kent-street.csv", StoreTestSupport.ValidCsv("2025-01"));
        using (var store = AssessmentStore.Open(storePath)) StoreTestSupport.Ingest(store, csv);

        using (var holder = HoldLock(storePath))
        {
            var ex = Assert.Throws<StoreException>(() => AssessmentStore.Open(storePath));
            Assert.Contains("in use by another run", ex.Message, StringComparison.Ordinal);
            Assert.Contains(storePath, ex.Message, StringComparison.Ordinal);
        }

        using var reopened = AssessmentStore.Open(storePath);
        Assert.Equal(3, StoreTestSupport.StoredRows(reopened));
    }

    /// <summary>
    /// Another process that takes the same POSIX (fcntl) write lock DuckDB takes on an open database file,
    /// and holds it until disposed.
    /// </summary>
    private static LockHolder HoldLock(string path)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import fcntl,sys\nf=open(sys.argv[1],'r+b')\nfcntl.lockf(f,fcntl.LOCK_EX|fcntl.LOCK_NB)\nprint('locked',flush=True)\nsys.stdin.read()");
        start.ArgumentList.Add(path);
        var process = Process.Start(start)!;
        Assert.Equal("locked", process.StandardOutput.ReadLine());
        return new LockHolder(process);
    }

    private sealed class LockHolder(Process process) : IDisposable
    {
        public void Dispose()
        {
            process.StandardInput.Close();
            process.WaitForExit(10_000);
            process.Dispose();
        }
    }
}
