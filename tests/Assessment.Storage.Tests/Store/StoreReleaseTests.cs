using System.Diagnostics;
using Assessment.Storage.Ingest;
using Assessment.Storage.Store;

namespace Assessment.Storage.Tests.Store;

/// <summary>
/// The store file is unlocked as soon as the store is disposed, worker connections included: a connection left for
/// the garbage collector would keep another run out.
/// </summary>
public sealed class StoreReleaseTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Dispose_AfterIngestOnWorkerConnections_ReleasesTheFileLockAtOnce()
    {
        var storePath = folder.Combine("assessment.duckdb");
        var paths = Enumerable.Range(1, 4).Select(m => folder.Write($"2025-{m:D2}-kent-street.csv", StoreTestSupport.ValidCsv($"2025-{m:D2}"))).ToArray();
        var store = AssessmentStore.Open(storePath);
        try
        {
            // One file per batch: several batches, so the worker connections are used.
            var report = new PoliceUkIngestor(store, TimeProvider.System) { FilesPerBatch = 1 }.Ingest(paths.Select(StoreTestSupport.Source).ToArray());
            Assert.Equal(4, report.Count(FileOutcome.Loaded));
            Assert.False(CanLockFromAnotherProcess(storePath), "the open store should hold its file's lock");
        }
        finally
        {
            store.Dispose();
        }

        Assert.True(CanLockFromAnotherProcess(storePath), "the disposed store still holds its file's lock");
    }

    /// <summary>Asks python3 for the file's exclusive POSIX lock without waiting; DuckDB holds it with fcntl while open.</summary>
    private static bool CanLockFromAnotherProcess(string path)
    {
        const string tryLock =
            "import fcntl, sys\n" +
            "f = open(sys.argv[1], 'r+b')\n" +
            "try:\n" +
            "    fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)\n" +
            "    print('free')\n" +
            "except OSError:\n" +
            "    print('held')\n";
        var start = new ProcessStartInfo("/usr/bin/python3") { ArgumentList = { "-c", tryLock, path }, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var answer = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return answer switch
        {
            "free" => true,
            "held" => false,
            _ => throw new InvalidOperationException($"The lock probe said '{answer}' (exit code {process.ExitCode})."),
        };
    }
}
