using Assessment.Storage.Store;
using DuckDB.NET.Data;

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

        using (LockHolder.Start(storePath))
        {
            var ex = Assert.Throws<StoreException>(() => AssessmentStore.Open(storePath));
            Assert.Contains("in use by another run", ex.Message, StringComparison.Ordinal);
            Assert.Contains(storePath, ex.Message, StringComparison.Ordinal);
            // DuckDB.NET reports the held lock as a generic error; only DuckDB's text identifies it.
            var inner = Assert.IsType<DuckDBException>(ex.InnerException);
            Assert.Contains("Could not set lock", inner.Message, StringComparison.Ordinal);
        }

        using var reopened = AssessmentStore.Open(storePath);
        Assert.Equal(3, StoreTestSupport.StoredRows(reopened));
    }
}
