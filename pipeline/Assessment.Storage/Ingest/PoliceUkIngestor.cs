using System.Diagnostics;
using Assessment.Core.Model;
using Assessment.DuckDb;
using Assessment.Storage.Store;

namespace Assessment.Storage.Ingest;

/// <summary>
/// Loads police.uk street-level files into the store, each file in its own transaction, so an interrupted run
/// leaves every file either wholly loaded or not loaded at all.
/// <list type="bullet">
/// <item>Content already loaded (same SHA-256) is skipped: re-running never loads a row twice.</item>
/// <item>A changed file for a force-month already loaded replaces that file's rows atomically.</item>
/// <item>Rows DuckDB cannot parse go to <c>load_reject</c> with line, column and reason; a file whose loaded plus
/// rejected rows don't equal the rows counted independently is refused, and its rows are rejected with that reason.</item>
/// </list>
/// Files are parsed in batches that share a line ending (one read_csv per batch), then moved in file by file.
/// </summary>
public sealed class PoliceUkIngestor(AssessmentStore store, TimeProvider clock)
{
    private const string Kind = "street";
    private const int MaxFilesPerBatch = 48;
    private const long MaxBytesPerBatch = 512L * 1024 * 1024;

    private readonly SourceFileRegistry registry = new(store.Connection);

    public IngestReport Ingest(IReadOnlyList<PoliceUkSourceFile> files, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();
        var scans = ScanAll(files, cancellationToken);
        var results = new FileIngestResult?[files.Count];
        long rowsRead = 0;
        var done = 0;
        void Finish(int index, FileIngestResult result)
        {
            results[index] = result;
            rowsRead += result.RowsRead;
            progress?.Report(new IngestProgress(++done, files.Count, files[index].DisplayPath, rowsRead));
        }

        var plan = IngestPlan.Make(files, scans, registry, Kind);
        foreach (var (index, reason) in plan.Refused) Finish(index, RecordFailure(files[index], scans[index].Scan!, reason, scans[index].Elapsed));
        foreach (var (index, existing) in plan.Unchanged) Finish(index, Unchanged(files[index], scans[index], existing));

        var staging = new StreetCsvStaging(store.Connection);
        foreach (var batch in Batches(plan.ToLoad, scans))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var clockStart = Stopwatch.StartNew();
            try
            {
                staging.Stage(batch.Select(i => files[i].FullPath).ToArray());
            }
            catch (DuckDbException)
            {
                // One file DuckDB can't read at all must not stop the batch: with nothing staged, every file's counts
                // disagree with its scan and each is read again on its own, where a failure is that file's alone.
                staging.Clear();
            }
            var stagingShare = clockStart.Elapsed / batch.Count;
            foreach (var index in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var fileClock = Stopwatch.StartNew();
                var result = LoadStaged(files[index], scans[index].Scan!, staging);
                Finish(index, result with { Elapsed = scans[index].Elapsed + stagingShare + fileClock.Elapsed });
            }
            staging.Clear();
        }

        // Copies of a file that appeared earlier in this same input: resolved now the first copy is in.
        foreach (var (index, firstIndex) in plan.CopiesInInput)
        {
            var first = results[firstIndex]!;
            Finish(index, first.Outcome == FileOutcome.Failed
                ? first with { File = files[index], Message = $"same content as {files[firstIndex].DisplayPath}, which was refused" }
                : first with { File = files[index], Outcome = FileOutcome.Unchanged, Message = $"same content as {files[firstIndex].DisplayPath}, already loaded", Elapsed = scans[index].Elapsed });
        }
        return new IngestReport(results.Select(r => r!).ToArray(), total.Elapsed);
    }

    private static TimedScan[] ScanAll(IReadOnlyList<PoliceUkSourceFile> files, CancellationToken cancellationToken)
    {
        // Hashing and counting is I/O and CPU that DuckDB doesn't need to wait for: spread it over the cores.
        var scans = new TimedScan[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                scans[i] = new TimedScan(SourceFileScanner.Scan(files[i].FullPath), null, clock.Elapsed);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                scans[i] = new TimedScan(null, $"cannot read the file: {ex.Message}", clock.Elapsed);
            }
        });
        return scans;
    }

    private static IEnumerable<List<int>> Batches(IReadOnlyList<int> toLoad, TimedScan[] scans)
    {
        // Files with mixed line endings are read alone; the rest in batches of one line ending, bounded in size.
        foreach (var group in toLoad.GroupBy(i => scans[i].Scan!.LineEnding == LineEnding.Mixed ? $"mixed-{i}" : scans[i].Scan!.LineEnding == LineEnding.CrLf ? "crlf" : "lf"))
        {
            var batch = new List<int>();
            long bytes = 0;
            foreach (var index in group)
            {
                if (batch.Count > 0 && (batch.Count >= MaxFilesPerBatch || bytes + scans[index].Scan!.Bytes > MaxBytesPerBatch))
                {
                    yield return batch;
                    batch = [];
                    bytes = 0;
                }
                batch.Add(index);
                bytes += scans[index].Scan!.Bytes;
            }
            if (batch.Count > 0) yield return batch;
        }
    }

    private FileIngestResult LoadStaged(PoliceUkSourceFile file, SourceFileScan scan, StreetCsvStaging staging)
    {
        var existing = registry.FindLoaded(Kind, file.Name.Force, file.Name.Month);
        var (loaded, rejected) = staging.CountsFor(file.FullPath);
        try
        {
            var connection = store.Connection;
            using var transaction = connection.BeginTransaction();
            if (existing is not null) registry.Delete(existing.FileId);
            registry.DeleteFailures(Kind, file.Name.Force, file.Name.Month);
            var fileId = registry.Insert(Kind, file, scan, "loaded", null, clock.GetUtcNow());
            if (staging.IsStaged && loaded + rejected == scan.DataRows)
            {
                staging.MoveInto(fileId, file.FullPath);
            }
            else
            {
                // The batch read failed, or lost or invented rows for this file: read it again on its own before giving up.
                (loaded, rejected) = StreetCsvLoader.Load(connection, fileId, file.FullPath);
                if (loaded + rejected != scan.DataRows)
                    throw new RowCountMismatchException(
                        $"the file has {scan.DataRows:N0} data rows but DuckDB returned {loaded:N0} loaded and {rejected:N0} rejected; nothing was loaded from it (line endings: {scan.LineEnding})");
            }
            registry.SetCounts(fileId, loaded, rejected);
            transaction.Commit();
            var message = existing is null ? null
                : $"replaced the version loaded earlier ({existing.RowsLoaded:N0} rows, from {existing.Path}) with this one ({loaded:N0} rows)";
            return new FileIngestResult(file, existing is null ? FileOutcome.Loaded : FileOutcome.Replaced, fileId, scan.DataRows, loaded, rejected, message, TimeSpan.Zero);
        }
        catch (RowCountMismatchException ex)
        {
            return RecordFailure(file, scan, ex.Message, TimeSpan.Zero);
        }
        catch (DuckDbException ex)
        {
            return RecordFailure(file, scan, $"DuckDB could not read the file: {ex.Message}", TimeSpan.Zero);
        }
    }

    private static FileIngestResult Unchanged(PoliceUkSourceFile file, TimedScan scan, RegisteredFile existing)
    {
        var note = existing.Path == file.DisplayPath ? null : $"same content as {existing.Path}, already loaded";
        return new FileIngestResult(file, FileOutcome.Unchanged, existing.FileId, scan.Scan!.DataRows, existing.RowsLoaded, existing.RowsRejected, note, scan.Elapsed);
    }

    private FileIngestResult RecordFailure(PoliceUkSourceFile file, SourceFileScan? scan, string reason, TimeSpan elapsed)
    {
        if (scan is null) return new FileIngestResult(file, FileOutcome.Failed, 0, 0, 0, 0, reason, elapsed);
        var connection = store.Connection;
        using var transaction = connection.BeginTransaction();
        registry.DeleteFailures(Kind, file.Name.Force, file.Name.Month, file.DisplayPath);
        var fileId = registry.Insert(Kind, file, scan, "failed", reason, clock.GetUtcNow());
        var rejected = WholeFileRejects.Write(connection, fileId, file.FullPath, reason);
        registry.SetCounts(fileId, 0, rejected);
        transaction.Commit();

        var kept = registry.FindLoaded(Kind, file.Name.Force, file.Name.Month);
        var message = kept is null ? reason : $"{reason}; the version loaded earlier from {kept.Path} is kept";
        return new FileIngestResult(file, FileOutcome.Failed, fileId, scan.DataRows, 0, rejected, message, elapsed);
    }
}
