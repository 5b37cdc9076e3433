using Assessment.Storage.Ingest;
using Assessment.Storage.Store;

namespace Assessment.Storage.Tests.Ingest;

/// <summary>One test per kind of bad input: a clear reason, nothing half-loaded, every row accounted for.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();
    private readonly AssessmentStore store = AssessmentStore.Open(":memory:");

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Ingest_WrongHeader_RefusesTheFileNamingExpectedAndFoundColumns()
    {
        var csv = StoreTestSupport.ValidCsv("2025-01").Replace("LSOA code,LSOA name", "LSOA,Name", StringComparison.Ordinal);
        var path = folder.Write("2025-01/2025-01-kent-street.csv", csv);

        var result = Assert.Single(StoreTestSupport.Ingest(store, path).Files);

        Assert.Equal(FileOutcome.Failed, result.Outcome);
        Assert.Contains("missing \"LSOA code\", \"LSOA name\"", result.Message, StringComparison.Ordinal);
        Assert.Contains("Expected: Crime ID,Month,", result.Message, StringComparison.Ordinal);
        Assert.Contains("Found: Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA,Name", result.Message, StringComparison.Ordinal);
        Assert.Equal(0, StoreTestSupport.StoredRows(store));
        Assert.Equal(3, result.RowsRead);
        Assert.Equal(3, result.RowsRejected);
        Assert.Equal(3, StoreTestSupport.StoredRejects(store));
    }

    [Fact]
    public void Ingest_TruncatedLine_RejectsThatLineWithLineNumberAndLoadsTheRest()
    {
        var lines = StoreTestSupport.ValidCsv("2025-01").Split('\n');
        lines[2] = lines[2][..40]; // cut mid-row, as a download interrupted mid-file leaves it
        var path = folder.Write("2025-01-kent-street.csv", string.Join('\n', lines));

        var result = Assert.Single(StoreTestSupport.Ingest(store, path).Files);

        Assert.Equal((3L, 2L, 1L), (result.RowsRead, result.RowsLoaded, result.RowsRejected));
        var (line, error) = SingleReject();
        Assert.Equal(3, line);
        Assert.Equal("MISSING COLUMNS", error);
    }

    [Fact]
    public void Ingest_ExtraColumns_RejectsThatLine()
    {
        var lines = StoreTestSupport.ValidCsv("2025-01").Split('\n');
        lines[3] += ",surplus,values";
        var path = folder.Write("2025-01-kent-street.csv", string.Join('\n', lines));

        var result = Assert.Single(StoreTestSupport.Ingest(store, path).Files);

        Assert.Equal((3L, 2L, 1L), (result.RowsRead, result.RowsLoaded, result.RowsRejected));
        var (line, error) = SingleReject();
        Assert.Equal(4, line);
        Assert.Equal("TOO MANY COLUMNS", error);
    }

    [Fact]
    public void Ingest_NonNumericCoordinate_RejectsNamingTheColumn()
    {
        var csv = StoreTestSupport.ValidCsv("2025-01").Replace("1.081000,51.281000", "1.081000,north", StringComparison.Ordinal);
        var path = folder.Write("2025-01-kent-street.csv", csv);

        var result = Assert.Single(StoreTestSupport.Ingest(store, path).Files);

        Assert.Equal((3L, 2L, 1L), (result.RowsRead, result.RowsLoaded, result.RowsRejected));
        using var reader = store.Connection.Query("SELECT line, column_name, error_type, reason FROM load_reject");
        Assert.True(reader.Read());
        Assert.Equal(3, reader.GetInt64(0));
        Assert.Equal("Latitude", reader.GetString(1));
        Assert.Equal("CAST", reader.GetString(2));
        Assert.Contains("north", reader.GetString(3), StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_BinaryFileNamedCsv_IsRefusedAsNotText()
    {
        var zipLike = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, (byte)'\n', 0x01, 0x00, 0x02, (byte)'\n' };
        var path = folder.Write("2025-01-kent-street.csv", zipLike);

        var result = Assert.Single(StoreTestSupport.Ingest(store, path).Files);

        Assert.Equal(FileOutcome.Failed, result.Outcome);
        Assert.Contains("not a text CSV file", result.Message, StringComparison.Ordinal);
        Assert.Equal(result.RowsRead, result.RowsRejected);
        Assert.Equal(0, StoreTestSupport.StoredRows(store));
    }

    [Fact]
    public void Ingest_EmptyFile_IsRefusedAsEmpty()
    {
        var path = folder.Write("2025-01-kent-street.csv", "");

        var result = Assert.Single(StoreTestSupport.Ingest(store, path).Files);

        Assert.Equal(FileOutcome.Failed, result.Outcome);
        Assert.Contains("empty", result.Message, StringComparison.Ordinal);
        Assert.Equal((0L, 0L, 0L), (result.RowsRead, result.RowsLoaded, result.RowsRejected));
    }

    [Fact]
    public void Ingest_HeaderOnly_LoadsZeroRowsWithoutComplaint()
    {
        var path = folder.Write("2025-01-kent-street.csv", StoreTestSupport.Header + "\n");

        var result = Assert.Single(StoreTestSupport.Ingest(store, path).Files);

        Assert.Equal(FileOutcome.Loaded, result.Outcome);
        Assert.Equal((0L, 0L, 0L), (result.RowsRead, result.RowsLoaded, result.RowsRejected));
    }

    [Fact]
    public void Ingest_BadMonthValue_IsRejectedNotLoadedAsNull()
    {
        var csv = StoreTestSupport.ValidCsv("2025-01");
        var lines = csv.Split('\n');
        lines[1] = lines[1].Replace(",2025-01,", ",Jan-25,", StringComparison.Ordinal);
        var path = folder.Write("2025-01-kent-street.csv", string.Join('\n', lines));

        var result = Assert.Single(StoreTestSupport.Ingest(store, path).Files);

        Assert.Equal((3L, 2L, 1L), (result.RowsRead, result.RowsLoaded, result.RowsRejected));
        Assert.Equal(2, SingleReject().Line);
    }

    [Fact]
    public void Ingest_CrlfAndBlankLines_CountsOnlyRealRows()
    {
        var path = folder.Write("2024-01-kent-street.csv", StoreTestSupport.ValidCsv("2024-01", "\r\n") + "\r\n");

        var result = Assert.Single(StoreTestSupport.Ingest(store, path).Files);

        Assert.Equal((FileOutcome.Loaded, 3L, 3L, 0L), (result.Outcome, result.RowsRead, result.RowsLoaded, result.RowsRejected));
        Assert.Equal("On or near High Street", store.Connection.Scalar<string>("SELECT location FROM street_record WHERE crime_id = 'aaa111'"));
    }

    [Fact]
    public void Ingest_LineOfSpaces_IsReadAsARowAndRejectedNotSilentlySkipped()
    {
        var lines = StoreTestSupport.ValidCsv("2025-01").Split('\n').ToList();
        lines.Insert(2, "   \t");
        var path = folder.Write("2025-01-kent-street.csv", string.Join('\n', lines));

        var result = Assert.Single(StoreTestSupport.Ingest(store, path).Files);

        Assert.Equal((FileOutcome.Loaded, 4L, 3L, 1L), (result.Outcome, result.RowsRead, result.RowsLoaded, result.RowsRejected));
        Assert.Equal(3, SingleReject().Line);
    }

    private (long Line, string ErrorType) SingleReject()
    {
        // DuckDB can report several problems on one line (one per missing column); the row is rejected once.
        using var reader = store.Connection.Query("SELECT DISTINCT line, error_type FROM load_reject");
        Assert.True(reader.Read(), "expected one rejected line");
        var reject = (reader.GetInt64(0), reader.GetString(1));
        Assert.False(reader.Read(), "expected only one rejected line with one kind of error");
        return reject;
    }
}
