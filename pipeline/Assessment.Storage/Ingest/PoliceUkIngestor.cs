using System.Diagnostics;
using Assessment.Core.Model;
using Assessment.DuckDb;
using Assessment.Storage.Store;

namespace Assessment.Storage.Ingest;

/// <summary>
/// Loads police.uk street-level files into the store, one file per transaction, so that an interrupted run
/// leaves every file either wholly loaded or not loaded at all.
/// <list type="bullet">
/// <item>Content already loaded (same SHA-256) is skipped: re-running never loads a row twice.</item>
/// <item>A changed file for a force-month already loaded replaces that file's rows atomically.</item>
/// <item>Rows DuckDB cannot parse go to <c>load_reject</c> with line, column and reason; a file whose
/// loaded plus rejected rows don't equal the rows counted independently is rolled back and reported.</item>
/// </list>
/// </summary>
public sealed class PoliceUkIngestor(AssessmentStore store, TimeProvider clock)
{
    private const string Kind = "street";

    private readonly SourceFileRegistry registry = new(store.Connection);

    public IngestReport Ingest(IReadOnlyList<PoliceUkSourceFile> files, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();
        var results = new List<FileIngestResult>(files.Count);
        // Two different files for one force-month in a single input can't both be right; the first wins and the second is refused.
        var seenThisRun = new Dictionary<(string Force, YearMonth Month), (string Sha, string Path)>();
        long rowsRead = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = IngestOne(file, seenThisRun);
            results.Add(result);
            rowsRead += result.RowsRead;
            progress?.Report(new IngestProgress(results.Count, files.Count, file.DisplayPath, rowsRead));
        }
        return new IngestReport(results, total.Elapsed);
    }

    private FileIngestResult IngestOne(PoliceUkSourceFile file, Dictionary<(string, YearMonth), (string Sha, string Path)> seenThisRun)
    {
        var clockStart = Stopwatch.StartNew();
        SourceFileScan scan;
        try
        {
            scan = SourceFileScanner.Scan(file.FullPath);
        }
        catch (IOException ex)
        {
            return new FileIngestResult(file, FileOutcome.Failed, 0, 0, 0, 0, $"cannot read the file: {ex.Message}", clockStart.Elapsed);
        }
        catch (UnauthorizedAccessException ex)
        {
            return new FileIngestResult(file, FileOutcome.Failed, 0, 0, 0, 0, $"cannot read the file: {ex.Message}", clockStart.Elapsed);
        }

        var key = (file.Name.Force, file.Name.Month);
        var problem = FileProblem(scan);
        if (problem is null && seenThisRun.TryGetValue(key, out var earlier) && earlier.Sha != scan.Sha256)
            problem = $"a different file for {file.Name.Force} {file.Name.Month} ({earlier.Path}) is also in this input; remove one of them";
        if (problem is not null) return RecordFailure(file, scan, problem, clockStart);
        seenThisRun.TryAdd(key, (scan.Sha256, file.DisplayPath));

        var existing = registry.FindLoaded(Kind, file.Name.Force, file.Name.Month);
        if (existing is not null && existing.Sha256 == scan.Sha256)
        {
            var note = existing.Path == file.DisplayPath ? null : $"same content as {existing.Path}, already loaded";
            return new FileIngestResult(file, FileOutcome.Unchanged, existing.FileId, scan.DataRows, existing.RowsLoaded, existing.RowsRejected, note, clockStart.Elapsed);
        }

        try
        {
            var load = LoadInTransaction(file, scan, existing);
            var outcome = existing is null ? FileOutcome.Loaded : FileOutcome.Replaced;
            var message = existing is null ? null
                : $"replaced the version loaded earlier ({existing.RowsLoaded:N0} rows, from {existing.Path}) with this one ({load.Loaded:N0} rows)";
            return new FileIngestResult(file, outcome, load.FileId, scan.DataRows, load.Loaded, load.Rejected, message, clockStart.Elapsed);
        }
        catch (RowCountMismatchException ex)
        {
            return RecordFailure(file, scan, ex.Message, clockStart);
        }
        catch (DuckDbException ex)
        {
            return RecordFailure(file, scan, $"DuckDB could not read the file: {ex.Message}", clockStart);
        }
    }

    private (long FileId, long Loaded, long Rejected) LoadInTransaction(PoliceUkSourceFile file, SourceFileScan scan, RegisteredFile? existing)
    {
        var connection = store.Connection;
        using var transaction = connection.BeginTransaction();
        if (existing is not null) registry.Delete(existing.FileId);
        registry.DeleteFailures(Kind, file.Name.Force, file.Name.Month);

        var fileId = registry.Insert(Kind, file, scan, "loaded", null, clock.GetUtcNow());
        var (loaded, rejected) = StreetCsvLoader.Load(connection, fileId, file.FullPath);
        if (loaded + rejected != scan.DataRows)
            throw new RowCountMismatchException(
                $"the file has {scan.DataRows:N0} data rows but DuckDB returned {loaded:N0} loaded and {rejected:N0} rejected; nothing was loaded from it (line endings: {scan.LineEnding})");
        registry.SetCounts(fileId, loaded, rejected);
        transaction.Commit();
        return (fileId, loaded, rejected);
    }

    private FileIngestResult RecordFailure(PoliceUkSourceFile file, SourceFileScan scan, string reason, Stopwatch clockStart)
    {
        var connection = store.Connection;
        using var transaction = connection.BeginTransaction();
        registry.DeleteFailures(Kind, file.Name.Force, file.Name.Month, file.DisplayPath);
        var fileId = registry.Insert(Kind, file, scan, "failed", reason, clock.GetUtcNow());
        var rejected = WholeFileRejects.Write(connection, fileId, file.FullPath, reason);
        registry.SetCounts(fileId, 0, rejected);
        transaction.Commit();

        var kept = registry.FindLoaded(Kind, file.Name.Force, file.Name.Month);
        var message = kept is null ? reason : $"{reason}; the version loaded earlier from {kept.Path} is kept";
        return new FileIngestResult(file, FileOutcome.Failed, fileId, scan.DataRows, 0, rejected, message, clockStart.Elapsed);
    }

    private static string? FileProblem(SourceFileScan scan)
    {
        if (scan.Bytes == 0) return "the file is empty (not even a header line)";
        if (scan.FirstNulByte is { } at) return $"not a text CSV file (binary content at byte {at:N0})";
        return PoliceUkStreetFormat.CheckHeader(scan.HeaderLine ?? "");
    }
}
