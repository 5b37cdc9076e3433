using System.Diagnostics;
using Assessment.Core.Model;
using DuckDB.NET.Data;
using Assessment.Storage.Store;

namespace Assessment.Storage.Ingest;

/// <summary>
/// Loads police.uk street-level files into the store so that an interrupted run leaves every file either wholly
/// loaded or not loaded at all.
/// <list type="bullet">
/// <item>Content already loaded (same SHA-256) is skipped: re-running never loads a row twice.</item>
/// <item>A changed file for a force-month already loaded replaces that file's rows atomically.</item>
/// <item>Rows DuckDB cannot parse go to <c>load_reject</c> with line, column and reason; a file whose loaded plus
/// rejected rows don't equal the rows counted independently is refused, and its rows are rejected with that reason.</item>
/// <item>Nothing is counted twice: a row whose Month is not its file's month, and a byte-identical copy of a row with a
/// Crime ID, are rejected with their line; a file whose rows are the same as a file of another force or month is refused.</item>
/// </list>
/// Files are read in batches that share a line ending, one read_csv and one transaction per batch, so every file is
/// loaded whole or not at all; a batch whose files don't all add up is rolled back and its files loaded one by one.
/// </summary>
/// <param name="store">The open store; loading workers open their own connections to it and dispose them before
/// <see cref="Ingest"/> returns.</param>
/// <param name="clock">Stamps <c>loaded_at</c> in the registry (UTC).</param>
public sealed class PoliceUkIngestor(AssessmentStore store, TimeProvider clock)
{
    private const string Kind = "street";
    private const long MaxBytesPerBatch = 512L * 1024 * 1024;

    // The store's main connection: the plan and refusals. Loading workers each have their own connection and registry.
    private readonly SourceFileRegistry mainRegistry = new(store.Connection);
    private readonly Lock progressLock = new();

    /// <summary>
    /// Files read by one read_csv and committed together (default 48). Smaller batches mean finer-grained progress
    /// and less work lost to an interruption; larger ones let DuckDB read more files in parallel.
    /// </summary>
    public int FilesPerBatch { get; init; } = 48;

    /// <summary>
    /// Loads <paramref name="files"/> into the store: scans (hashes and counts) each, skips content already loaded,
    /// refuses what cannot be read as police.uk street data, and loads the rest in batches.
    /// </summary>
    /// <param name="files">Street-level files in input order; the report keeps this order.</param>
    /// <param name="progress">Told after each file is settled (from worker threads, one at a time).</param>
    /// <param name="cancellationToken">Stops between batches; batches already committed stay, each file whole.</param>
    /// <returns>One result per input file, and the total time.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    /// <exception cref="DuckDB.NET.Data.DuckDBException">DuckDB failed outside a file's load (e.g. recording a refusal).</exception>
    public IngestReport Ingest(IReadOnlyList<PoliceUkSourceFile> files, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();
        var scans = ScanAll(files, cancellationToken);
        var results = new FileIngestResult?[files.Count];
        long rowsRead = 0;
        var done = 0;
        void Finish(int index, FileIngestResult result)
        {
            lock (progressLock)
            {
                results[index] = result;
                rowsRead += result.RowsRead;
                progress?.Report(new IngestProgress(++done, files.Count, files[index].DisplayPath, rowsRead));
            }
        }

        var plan = IngestPlan.Make(files, scans, mainRegistry, Kind);
        foreach (var (index, existing) in plan.Unchanged) Finish(index, Unchanged(files[index], scans[index], existing));

        // Batches go to DuckDB on up to two connections at once: each batch is its own transaction, and DuckDB
        // appends from concurrent transactions without conflict, so a small CRLF batch needn't wait for a large LF one.
        var batches = Batches(plan.ToLoad, scans, FilesPerBatch).ToList();
        Parallel.ForEach(
            batches,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Clamp(Environment.ProcessorCount, 1, 2) },
            () => store.OpenConnection(),
            (batch, _, connection) =>
            {
                var session = new SourceFileRegistry(connection);
                var clockStart = Stopwatch.StartNew();
                var loaded = LoadBatch(session, batch.Select(i => (files[i], scans[i].Scan!)).ToArray());
                if (loaded is not null)
                {
                    var share = clockStart.Elapsed / batch.Count;
                    for (var k = 0; k < batch.Count; k++) Finish(batch[k], loaded[k] with { Elapsed = scans[batch[k]].Elapsed + share });
                    return connection;
                }

                // The batch didn't add up (or DuckDB failed on it): nothing of it was kept; load its files one by
                // one, so that a problem is one file's alone.
                foreach (var index in batch)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var fileClock = Stopwatch.StartNew();
                    Finish(index, LoadSingle(session, files[index], scans[index].Scan!) with { Elapsed = scans[index].Elapsed + fileClock.Elapsed });
                }
                return connection;
            },
            connection => connection.Dispose());

        // Refusals are recorded after the loads: loading a force-month clears that month's earlier refusals, and must not
        // clear one made in this same run (e.g. a second, different version of the month in the same input).
        foreach (var (index, reason) in plan.Refused) Finish(index, RecordFailure(mainRegistry, files[index], scans[index].Scan, reason, scans[index].Elapsed));

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
                scans[i] = new TimedScan(SourceFileScanner.Scan(files[i].FullPath, files[i].Name.Month), null, clock.Elapsed);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                scans[i] = new TimedScan(null, $"cannot read the file: {ex.Message}", clock.Elapsed);
            }
        });
        return scans;
    }

    private static IEnumerable<List<int>> Batches(IReadOnlyList<int> toLoad, TimedScan[] scans, int filesPerBatch)
    {
        // Files with mixed line endings are read alone; the rest in batches of one line ending, bounded in size.
        foreach (var group in toLoad.GroupBy(i => scans[i].Scan!.LineEnding == LineEnding.Mixed ? $"mixed-{i}" : scans[i].Scan!.LineEnding == LineEnding.CrLf ? "crlf" : "lf"))
        {
            var batch = new List<int>();
            long bytes = 0;
            foreach (var index in group)
            {
                if (batch.Count > 0 && (batch.Count >= filesPerBatch || bytes + scans[index].Scan!.Bytes > MaxBytesPerBatch))
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

    /// <summary>
    /// Loads a whole batch in one transaction; every file in it is then loaded whole, or (on any mismatch or error)
    /// none is and null is returned.
    /// </summary>
    private FileIngestResult[]? LoadBatch(SourceFileRegistry registry, IReadOnlyList<(PoliceUkSourceFile File, SourceFileScan Scan)> batch)
    {
        var connection = registry.Connection;
        var transaction = connection.BeginTransaction();
        try
        {
            var existing = new RegisteredFile?[batch.Count];
            var ids = new long[batch.Count];
            for (var k = 0; k < batch.Count; k++)
            {
                (ids[k], existing[k]) = Register(registry, batch[k].File, batch[k].Scan);
            }

            var counts = StreetCsvLoader.Load(connection, [.. batch.Select((b, k) => new StreetCsvLoader.BatchFile(ids[k], b.File.FullPath, b.File.Name.Month, b.Scan.RowRejects))]);
            // Returning without committing rolls the whole batch back (in finally).
            if (batch.Select((b, k) => counts[ids[k]].Loaded + counts[ids[k]].RejectedLines == b.Scan.DataRows).Any(ok => !ok)) return null;

            var results = new FileIngestResult[batch.Count];
            for (var k = 0; k < batch.Count; k++)
            {
                var (loaded, rejected) = counts[ids[k]];
                registry.SetCounts(ids[k], loaded, rejected);
                results[k] = Loaded(batch[k].File, batch[k].Scan, ids[k], loaded, rejected, existing[k]);
            }
            transaction.Commit();
            return results;
        }
        catch (DuckDBException)
        {
            // Dispose (below) rolls back; a failed statement or COMMIT sends the batch to the file-by-file path.
            return null;
        }
        finally
        {
            transaction.Dispose();
        }
    }

    /// <summary>Loads one file on its own, in its own transaction; refuses it if its rows don't add up.</summary>
    private FileIngestResult LoadSingle(SourceFileRegistry registry, PoliceUkSourceFile file, SourceFileScan scan)
    {
        try
        {
            var connection = registry.Connection;
            using var transaction = connection.BeginTransaction();
            var (fileId, existing) = Register(registry, file, scan);
            var (loaded, rejected) = StreetCsvLoader.Load(connection, [new StreetCsvLoader.BatchFile(fileId, file.FullPath, file.Name.Month, scan.RowRejects)])[fileId];
            if (loaded + rejected != scan.DataRows)
                throw new RowCountMismatchException(
                    $"the file has {scan.DataRows:N0} data rows but DuckDB returned {loaded:N0} loaded and {rejected:N0} rejected; nothing was loaded from it (line endings: {scan.LineEnding})");
            registry.SetCounts(fileId, loaded, rejected);
            transaction.Commit();
            return Loaded(file, scan, fileId, loaded, rejected, existing);
        }
        catch (RowCountMismatchException ex)
        {
            return RecordFailure(registry, file, scan, ex.Message, TimeSpan.Zero);
        }
        catch (DuckDBException ex)
        {
            return RecordFailure(registry, file, scan, $"DuckDB could not read the file: {ex.Message}", TimeSpan.Zero);
        }
    }

    /// <summary>
    /// Inside the caller's transaction: removes the force-month's earlier version and refusals, and registers this
    /// file as loaded. Returns its new id and the version it replaces, if any.
    /// </summary>
    private (long FileId, RegisteredFile? Replaced) Register(SourceFileRegistry registry, PoliceUkSourceFile file, SourceFileScan scan)
    {
        var existing = registry.FindLoaded(Kind, file.Name.Force, file.Name.Month);
        if (existing is not null) registry.Delete(existing.FileId);
        registry.DeleteFailures(Kind, file.Name.Force, file.Name.Month);
        return (registry.Insert(Kind, file, scan, "loaded", null, clock.GetUtcNow()), existing);
    }

    private static FileIngestResult Loaded(PoliceUkSourceFile file, SourceFileScan scan, long fileId, long loaded, long rejected, RegisteredFile? replaced)
    {
        var message = replaced is null ? null
            : $"replaced the version loaded earlier ({replaced.RowsLoaded:N0} rows, from {replaced.Path}) with this one ({loaded:N0} rows)";
        return new FileIngestResult(file, replaced is null ? FileOutcome.Loaded : FileOutcome.Replaced, fileId, scan.DataRows, loaded, rejected, message, TimeSpan.Zero);
    }

    private static FileIngestResult Unchanged(PoliceUkSourceFile file, TimedScan scan, RegisteredFile existing)
    {
        var note = existing.Path == file.DisplayPath ? null : $"same content as {existing.Path}, already loaded";
        return new FileIngestResult(file, FileOutcome.Unchanged, existing.FileId, scan.Scan!.DataRows, existing.RowsLoaded, existing.RowsRejected, note, scan.Elapsed);
    }

    private FileIngestResult RecordFailure(SourceFileRegistry registry, PoliceUkSourceFile file, SourceFileScan? scan, string reason, TimeSpan elapsed)
    {
        if (scan is null) return new FileIngestResult(file, FileOutcome.Failed, 0, 0, 0, 0, reason, elapsed);
        var connection = registry.Connection;
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
