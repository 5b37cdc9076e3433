using Assessment.Storage.Ingest;
using Assessment.Storage.Store;

namespace Assessment.Storage.Tests.Ingest;

/// <summary>Re-running, restated downloads and interruptions: nothing lost, nothing counted twice.</summary>
public sealed class RepeatAndRestateTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();
    private readonly AssessmentStore store = AssessmentStore.Open(":memory:");

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Ingest_SameFileInTwoFolders_LoadsItOnce()
    {
        var first = folder.Write("download-a/2025-01-kent-street.csv", StoreTestSupport.ValidCsv("2025-01"));
        var second = folder.Write("download-b/2025-01-kent-street.csv", StoreTestSupport.ValidCsv("2025-01"));

        var report = StoreTestSupport.Ingest(store, first, second);

        Assert.Equal([FileOutcome.Loaded, FileOutcome.Unchanged], report.Files.Select(f => f.Outcome));
        Assert.Contains("same content as download-a/2025-01-kent-street.csv", report.Files[1].Message, StringComparison.Ordinal);
        Assert.Equal(3, StoreTestSupport.StoredRows(store));
    }

    [Fact]
    public void Ingest_RestatedFile_ReplacesTheOldRowsAndSaysSo()
    {
        var original = folder.Write("old/2025-01-kent-street.csv", StoreTestSupport.ValidCsv("2025-01"));
        StoreTestSupport.Ingest(store, original);
        // police.uk restates outcomes between downloads, and rows can come and go.
        var restatedCsv = StoreTestSupport.ValidCsv("2025-01")
            .Replace("Under investigation", "Offender given a caution", StringComparison.Ordinal)
            .Replace("bbb222", "ccc333", StringComparison.Ordinal)
            + "ddd444,2025-01,Kent Police,Kent Police,1.083,51.283,On or near Lane,E01024003,Canterbury 014A,Drugs,Local resolution,\n";
        var restated = folder.Write("new/2025-01-kent-street.csv", restatedCsv);

        var result = Assert.Single(StoreTestSupport.Ingest(store, restated).Files);

        Assert.Equal(FileOutcome.Replaced, result.Outcome);
        Assert.Contains("replaced the version loaded earlier (3 rows, from old/2025-01-kent-street.csv) with this one (4 rows)", result.Message, StringComparison.Ordinal);
        Assert.Equal(4, StoreTestSupport.StoredRows(store));
        Assert.Equal(0, store.Connection.Scalar<long>("SELECT count(*) FROM street_record WHERE crime_id = 'bbb222'"));
        Assert.Equal("Offender given a caution", store.Connection.Scalar<string>("SELECT last_outcome_category FROM street_record WHERE crime_id = 'aaa111'"));
        Assert.Equal(1, store.Connection.Scalar<long>("SELECT count(*) FROM source_file"));
    }

    [Fact]
    public void Ingest_TwoDifferentVersionsInOneInput_KeepsTheFirstAndRefusesTheSecond()
    {
        var first = folder.Write("a/2025-01-kent-street.csv", StoreTestSupport.ValidCsv("2025-01"));
        var second = folder.Write("b/2025-01-kent-street.csv", StoreTestSupport.ValidCsv("2025-01").Replace("Burglary", "Robbery", StringComparison.Ordinal));

        var report = StoreTestSupport.Ingest(store, first, second);

        Assert.Equal([FileOutcome.Loaded, FileOutcome.Failed], report.Files.Select(f => f.Outcome));
        Assert.Contains("a different file for kent 2025-01", report.Files[1].Message, StringComparison.Ordinal);
        // The refused version's rows stay accounted for, even though a good version of the month loaded in the same run.
        Assert.Equal(3, store.Connection.Scalar<long>("SELECT count(*) FROM load_reject WHERE file_id = ?", report.Files[1].FileId));
        Assert.Equal("failed", store.Connection.Scalar<string>("SELECT status FROM source_file WHERE file_id = ?", report.Files[1].FileId));
        Assert.Equal(0, store.Connection.Scalar<long>("SELECT count(*) FROM street_record WHERE crime_type = 'Robbery'"));
        Assert.Equal(3, StoreTestSupport.StoredRows(store));
    }

    [Fact]
    public void Ingest_BrokenRestatement_KeepsTheGoodVersionLoadedEarlier()
    {
        var good = folder.Write("old/2025-01-kent-street.csv", StoreTestSupport.ValidCsv("2025-01"));
        StoreTestSupport.Ingest(store, good);
        var broken = folder.Write("new/2025-01-kent-street.csv", "not,a,police,file\n1,2,3,4\n");

        var result = Assert.Single(StoreTestSupport.Ingest(store, broken).Files);

        Assert.Equal(FileOutcome.Failed, result.Outcome);
        Assert.Contains("the version loaded earlier from old/2025-01-kent-street.csv is kept", result.Message, StringComparison.Ordinal);
        Assert.Equal(3, StoreTestSupport.StoredRows(store));
    }

    [Fact]
    public void Ingest_Interrupted_KeepsWholeFilesAndTheRerunCompletesWithoutDuplicates()
    {
        var paths = Enumerable.Range(1, 6).Select(m => folder.Write($"2025-{m:D2}-kent-street.csv", StoreTestSupport.ValidCsv($"2025-{m:D2}"))).ToArray();
        using var cancel = new CancellationTokenSource();
        var ingestor = new PoliceUkIngestor(store, TimeProvider.System) { FilesPerBatch = 2 };

        Assert.ThrowsAny<OperationCanceledException>(() => ingestor.Ingest(
            paths.Select(StoreTestSupport.Source).ToArray(),
            new Progress(p => { if (p.FilesDone == 2) cancel.Cancel(); }),
            cancel.Token));
        // Batches run two at a time, so one or two batches may have committed; never part of a file.
        var kept = StoreTestSupport.StoredRows(store);
        Assert.Contains(kept, new long[] { 6, 12 });
        Assert.Equal(kept / 3, store.Connection.Scalar<long>("SELECT count(*) FROM source_file WHERE status = 'loaded'"));

        var rerun = StoreTestSupport.Ingest(store, paths);

        Assert.Equal(kept / 3, rerun.Count(FileOutcome.Unchanged));
        Assert.Equal(6 - kept / 3, rerun.Count(FileOutcome.Loaded));
        Assert.Equal(18, StoreTestSupport.StoredRows(store));
    }

    [Fact]
    public void Ingest_FileWhoseRowsDontAddUp_IsRefusedAndTheRestOfItsBatchStillLoads()
    {
        var good = folder.Write("2025-01-kent-street.csv", StoreTestSupport.ValidCsv("2025-01"));
        // A byte-for-byte copy of a crime row (rejected by the scan) and a third row equal to it in value but not in
        // bytes ("1.08" for "1.080000"): the database drops both copies, one more than the scan rejected, so the counts
        // disagree, the batch is rolled back, its files loaded one by one, and this one refused.
        var lines = StoreTestSupport.ValidCsv("2025-02").TrimEnd('\n').Split('\n').ToList();
        lines.Add(lines[1]);
        lines.Add(lines[1].Replace("1.080000", "1.08", StringComparison.Ordinal));
        var odd = folder.Write("2025-02-kent-street.csv", string.Join('\n', lines) + "\n");

        var report = StoreTestSupport.Ingest(store, good, odd);

        Assert.Equal([FileOutcome.Loaded, FileOutcome.Failed], report.Files.Select(f => f.Outcome));
        Assert.Contains("the file has 5 data rows but DuckDB returned 3 loaded and 1 rejected", report.Files[1].Message, StringComparison.Ordinal);
        Assert.Equal(3, StoreTestSupport.StoredRows(store));
        Assert.Equal(5, report.Files[1].RowsRejected);
    }

    private sealed class Progress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
