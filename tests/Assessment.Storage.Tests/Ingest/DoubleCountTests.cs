using Assessment.Core.Geography;
using Assessment.Storage.Analysis;
using Assessment.Storage.Ingest;
using Assessment.Storage.Store;

namespace Assessment.Storage.Tests.Ingest;

/// <summary>
/// Rows that would be counted twice are refused: another month's rows in a file, the same rows under another file
/// name, byte-identical repeats. Expected values come from reading the CSV text; every row stays accounted for.
/// </summary>
public sealed class DoubleCountTests : IDisposable
{
    private static readonly string Cases = Path.Combine(RepositoryPaths.SharedData, "..", "cases");

    private readonly TemporaryDirectory folder = new();
    private readonly AssessmentStore store = AssessmentStore.Open(":memory:");

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Ingest_RowsOfAnotherMonthCase_RejectsThemWithLineAndColumnAndCountsDecemberOnce()
    {
        var files = IndependentCount.StreetFiles(Path.Combine(Cases, "rows-of-another-month", "policeuk")).ToArray();

        var report = StoreTestSupport.Ingest(store, files);

        foreach (var file in report.Files)
        {
            var month = file.File.Name.Month.ToString();
            var text = CsvText.Read(file.File.FullPath);
            var foreign = text.LinesOfOtherMonths(month);
            Assert.Equal(text.Rows.Count() - foreign.Length, file.RowsLoaded);
            Assert.Equal(foreign.Length, file.RowsRejected);
            Assert.Equal(foreign, RejectedLines(file.FileId, "OTHER MONTH", "Month"));
            Assert.True(file.Balances);
        }
        Assert.NotEmpty(CsvText.Read(files[0]).LinesOfOtherMonths("2025-11"));
        // December is counted once: only from its own file.
        var december = CsvText.Read(files.Single(f => f.EndsWith("2025-12-kent-street.csv", StringComparison.Ordinal))).Rows.Count();
        Assert.Equal(december, store.Connection.Scalar<long>("SELECT count(*) FROM street_record WHERE month = DATE '2025-12-01'"));
        Assert.Contains("Month is 2025-12 but the file is for 2025-11", FirstReason(report.Files[0].FileId), StringComparison.Ordinal);
        Assert.True(report.HasDataProblems);
    }

    [Fact]
    public void Ingest_OneRowOfAnotherMonthMidFile_RejectsThatLineOnlyAndRerunChangesNothing()
    {
        var lines = StoreTestSupport.ValidCsv("2025-03").TrimEnd('\n').Split('\n').ToList();
        lines.Insert(2, lines[1].Replace("aaa111,2025-03", "zzz999,2025-02", StringComparison.Ordinal));
        var path = folder.Write("2025-03-kent-street.csv", string.Join('\n', lines) + "\n");

        var first = Assert.Single(StoreTestSupport.Ingest(store, path).Files);
        var second = Assert.Single(StoreTestSupport.Ingest(store, path).Files);

        Assert.Equal((FileOutcome.Loaded, 4L, 3L, 1L), (first.Outcome, first.RowsRead, first.RowsLoaded, first.RowsRejected));
        Assert.Equal([3L], RejectedLines(first.FileId, "OTHER MONTH", "Month"));
        Assert.Equal(0, store.Connection.Scalar<long>("SELECT count(*) FROM street_record WHERE crime_id = 'zzz999'"));
        Assert.Equal((FileOutcome.Unchanged, 3L, 1L), (second.Outcome, second.RowsLoaded, second.RowsRejected));
        Assert.Equal((3L, 1L), (StoreTestSupport.StoredRows(store), StoreTestSupport.StoredRejects(store)));
    }

    [Fact]
    public void Ingest_IdenticalRowsCase_LoadsTheRepeatedRecordOnceAndRejectsEachCopy()
    {
        var files = IndependentCount.StreetFiles(Path.Combine(Cases, "identical-rows", "policeuk")).ToArray();

        var report = StoreTestSupport.Ingest(store, files);

        long copies = 0;
        foreach (var file in report.Files)
        {
            var text = CsvText.Read(file.File.FullPath);
            var repeats = text.RepeatsWithCrimeId(file.File.Name.Month.ToString());
            copies += repeats.Length;
            Assert.Equal(FileOutcome.Loaded, file.Outcome);
            Assert.Equal(text.Rows.Count() - repeats.Length, file.RowsLoaded);
            Assert.Equal(repeats.Select(r => r.Line), RejectedLines(file.FileId, "IDENTICAL ROW", null));
            foreach (var (line, firstLine) in repeats)
            {
                Assert.Equal($"identical to line {firstLine} (byte for byte, same Crime ID); the crime is loaded once",
                    store.Connection.Scalar<string>("SELECT reason FROM load_reject WHERE file_id = ? AND line = ?", file.FileId, line));
            }
            Assert.True(file.Balances);
        }
        Assert.True(copies >= 12, $"the case repeats one record 13 times; found {copies} copies");
        var repeatedId = CsvText.Read(files.Single(f => f.Contains("2025-08", StringComparison.Ordinal))).Rows
            .GroupBy(r => r.Text, StringComparer.Ordinal).Where(g => g.Count() > 1 && !g.Key.StartsWith(',')).Select(g => g.Key.Split(',')[0]).Single();
        Assert.Equal(1, store.Connection.Scalar<long>("SELECT count(*) FROM street_record WHERE crime_id = ?", repeatedId));
    }

    [Fact]
    public void Ingest_IdenticalRowsInFilesOfTwoBatches_RejectsEachFilesCopiesAndKeepsIdenticalAsbRows()
    {
        var paths = new[] { "2025-01", "2025-02" }.Select(month =>
        {
            var lines = StoreTestSupport.ValidCsv(month).TrimEnd('\n').Split('\n').ToList();
            lines.Add(lines[2]);   // a crime row, repeated byte for byte
            lines.Add(lines[3]);   // an ASB row (no Crime ID), repeated: two incidents at one snap point
            lines.Add(lines[2]);
            return folder.Write($"{month}-kent-street.csv", string.Join('\n', lines) + "\n");
        }).ToArray();
        var ingestor = new PoliceUkIngestor(store, TimeProvider.System) { FilesPerBatch = 1 };

        var report = ingestor.Ingest(paths.Select(StoreTestSupport.Source).ToArray());
        var rerun = ingestor.Ingest(paths.Select(StoreTestSupport.Source).ToArray());

        foreach (var file in report.Files)
        {
            Assert.Equal((FileOutcome.Loaded, 6L, 4L, 2L), (file.Outcome, file.RowsRead, file.RowsLoaded, file.RowsRejected));
            Assert.Equal([5L, 7L], RejectedLines(file.FileId, "IDENTICAL ROW", null));
        }
        Assert.Equal(2, store.Connection.Scalar<long>("SELECT count(*) FROM street_record WHERE crime_id = 'bbb222'"));
        Assert.Equal(4, store.Connection.Scalar<long>("SELECT count(*) FROM street_record WHERE crime_id IS NULL"));
        Assert.All(rerun.Files, f => Assert.Equal((FileOutcome.Unchanged, 4L, 2L), (f.Outcome, f.RowsLoaded, f.RowsRejected)));
        Assert.Equal((8L, 4L), (StoreTestSupport.StoredRows(store), StoreTestSupport.StoredRejects(store)));
    }

    [Fact]
    public void DataQuality_CountsCopiesAndRowsOfAnotherMonthWithinRowsRejected()
    {
        var lines = StoreTestSupport.ValidCsv("2025-01").TrimEnd('\n').Split('\n').ToList();
        lines.AddRange([lines[1], lines[1], lines[2].Replace(",2025-01,", ",2024-12,", StringComparison.Ordinal)]);
        var path = folder.Write("2025-01-kent-street.csv", string.Join('\n', lines) + "\n");
        var report = StoreTestSupport.Ingest(store, path);
        AreaScope.Apply(store, new LsoaNamePrefixArea("Canterbury", "Canterbury "));

        var quality = Assert.Single(new StoreQueries(store).DataQuality(report));

        Assert.Equal((6L, 3L, 3L, 2L, 1L), (quality.RowsRead, quality.RowsLoaded, quality.RowsRejected, quality.IdenticalRows, quality.OtherMonthRows));
    }

    [Fact]
    public void Ingest_RowsSharingACrimeIdButDiffering_AreAllLoaded()
    {
        var lines = StoreTestSupport.ValidCsv("2025-01").TrimEnd('\n').Split('\n').ToList();
        lines.Add(lines[1].Replace("On or near High Street", "On or near Mill Lane", StringComparison.Ordinal));
        var path = folder.Write("2025-01-kent-street.csv", string.Join('\n', lines) + "\n");

        var result = Assert.Single(StoreTestSupport.Ingest(store, path).Files);

        Assert.Equal((FileOutcome.Loaded, 4L, 4L, 0L), (result.Outcome, result.RowsRead, result.RowsLoaded, result.RowsRejected));
    }

    [Fact]
    public void Ingest_RealMonthCopiedUnderAnotherForceName_RefusesTheCopyNamingBothFilesInEveryRun()
    {
        var real = Directory.GetFiles(Path.Combine(RepositoryPaths.SharedData, "policeuk", "city-of-london", "2021-09"), "*-street.csv").Single();
        var original = folder.Write("2021-09/2021-09-city-of-london-street.csv", File.ReadAllBytes(real));
        var renamed = folder.Write("2021-09/2021-09-cityoflondon-street.csv", File.ReadAllBytes(real));
        var rows = CsvText.Read(real).Rows.Count();

        var report = StoreTestSupport.Ingest(store, original, renamed);
        var rerun = StoreTestSupport.Ingest(store, original, renamed);

        Assert.Equal([FileOutcome.Loaded, FileOutcome.Failed], report.Files.Select(f => f.Outcome));
        Assert.Contains("the same rows as those of 2021-09/2021-09-city-of-london-street.csv (earlier in this input)", report.Files[1].Message, StringComparison.Ordinal);
        Assert.Equal((rows, 0L, rows), (report.Files[1].RowsRead, report.Files[1].RowsLoaded, report.Files[1].RowsRejected));
        Assert.Equal([FileOutcome.Unchanged, FileOutcome.Failed], rerun.Files.Select(f => f.Outcome));
        Assert.Contains("the same rows as those of 2021-09/2021-09-city-of-london-street.csv (already loaded)", rerun.Files[1].Message, StringComparison.Ordinal);
        Assert.Equal((rows, 0L, rows), (rerun.Files[1].RowsRead, rerun.Files[1].RowsLoaded, rerun.Files[1].RowsRejected));
        Assert.Equal(rows, StoreTestSupport.StoredRows(store));
        Assert.Equal(rows, StoreTestSupport.StoredRejects(store));
    }

    [Fact]
    public void Ingest_SameRowsWithOtherLineEndingsAndOrderUnderAnotherForce_IsRefused()
    {
        var lf = StoreTestSupport.ValidCsv("2025-01");
        var lines = StoreTestSupport.ValidCsv("2025-01", "\r\n").TrimEnd('\n').Split('\n');
        var crlfReordered = string.Join('\n', [lines[0], lines[3], lines[1], lines[2]]) + "\n";
        var first = folder.Write("2025-01-kent-street.csv", lf);
        StoreTestSupport.Ingest(store, first);
        var second = folder.Write("2025-01-kentpolice-street.csv", crlfReordered);

        var result = Assert.Single(StoreTestSupport.Ingest(store, second).Files);

        Assert.Equal(FileOutcome.Failed, result.Outcome);
        Assert.Contains("2025-01-kent-street.csv (already loaded)", result.Message, StringComparison.Ordinal);
        Assert.Equal((3L, 3L), (result.RowsRead, result.RowsRejected));
        Assert.Equal(3, StoreTestSupport.StoredRows(store));
    }

    [Fact]
    public void Ingest_HeaderOnlyFilesOfTwoForces_AreNotTakenForTheSameRows()
    {
        var a = folder.Write("2025-01-kent-street.csv", StoreTestSupport.Header + "\n");
        var b = folder.Write("2025-01-btp-street.csv", StoreTestSupport.Header + "\n");

        var report = StoreTestSupport.Ingest(store, a, b);

        Assert.Equal([FileOutcome.Loaded, FileOutcome.Loaded], report.Files.Select(f => f.Outcome));
    }

    [Fact]
    public void Ingest_DoubledLineEndingsCase_RefusesNamingTheCauseAndTheRepair()
    {
        var path = IndependentCount.StreetFiles(Path.Combine(Cases, "doubled-line-endings", "policeuk")).Single();
        var bytes = File.ReadAllBytes(path);
        var lineBreaks = bytes.Count(b => b == (byte)'\n');
        var doubled = Enumerable.Range(2, bytes.Length - 2).Count(i => bytes[i] == '\n' && bytes[i - 1] == '\r' && bytes[i - 2] == '\r');

        var result = Assert.Single(StoreTestSupport.Ingest(store, path).Files);

        Assert.Equal(lineBreaks, doubled);
        Assert.Equal(FileOutcome.Failed, result.Outcome);
        Assert.StartsWith("every line ends with two carriage returns and a line feed (CR CR LF)", result.Message, StringComparison.Ordinal);
        Assert.Contains("sed -i 's/\\r\\r$/\\r/' 2025-06-kent-street.csv", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("strict_mode", result.Message, StringComparison.Ordinal);
        Assert.Equal(CsvText.Read(path).Rows.Count(r => r.Text.Trim('\r').Length > 0), result.RowsRead);
        Assert.True(result.Balances);
        Assert.Equal(0, StoreTestSupport.StoredRows(store));
    }

    [Fact]
    public void Ingest_QuotedNewlineCase_RefusesNamingTheLineWhereTheQuotedFieldStarts()
    {
        var path = IndependentCount.StreetFiles(Path.Combine(Cases, "quoted-newline", "policeuk")).Single();
        var opening = CsvText.Read(path).Lines.Select((text, i) => (text, line: i + 1)).First(l => l.text.Count(c => c == '"') % 2 == 1).line;

        var result = Assert.Single(StoreTestSupport.Ingest(store, path).Files);

        Assert.Equal(FileOutcome.Failed, result.Outcome);
        Assert.StartsWith($"line {opening} opens a quoted field", result.Message, StringComparison.Ordinal);
        Assert.Contains("one record spans two or more lines", result.Message, StringComparison.Ordinal);
        Assert.True(result.Balances);
    }

    private long[] RejectedLines(long fileId, string errorType, string? column)
    {
        using var reader = store.Connection.Query(
            "SELECT line FROM load_reject WHERE file_id = ? AND error_type = ? AND column_name IS NOT DISTINCT FROM ? ORDER BY line", fileId, errorType, column);
        var lines = new List<long>();
        while (reader.Read()) lines.Add(reader.GetInt64(0));
        return lines.ToArray();
    }

    private string FirstReason(long fileId) =>
        store.Connection.Scalar<string>("SELECT reason FROM load_reject WHERE file_id = ? ORDER BY line LIMIT 1", fileId) ?? "";
}
