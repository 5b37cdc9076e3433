using System.Diagnostics;
using Assessment.Storage.Store;
using DuckDB.NET.Data;

namespace Assessment.Storage.Tests.Store;

/// <summary>Extensions are never downloaded or auto-loaded, on every connection the store opens.</summary>
public sealed class ExtensionSettingsTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("SELECT ST_Point(1, 2)")]
    [InlineData("LOAD spatial")]
    public void SpatialExtension_NotBuiltIn_FailsAtOnceWithoutDownloading(string sql)
    {
        using var store = AssessmentStore.Open(":memory:");
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<DuckDBException>(() => store.Connection.Execute(sql));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains("spatial", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void WorkerConnection_InMemoryStore_SeesTheStoreAndHasExtensionsOff()
    {
        using var store = AssessmentStore.Open(":memory:");
        using var worker = store.OpenConnection();

        Assert.Equal(StoreSchema.Version, worker.Scalar<int>("SELECT max(version) FROM schema_version"));
        AssertExtensionsOff(worker);
    }

    [Fact]
    public void Open_FileAlreadyOpenInThisProcessWithDefaultSettings_StillTurnsExtensionsOff()
    {
        // DuckDB.NET shares the database opened first and ignores a later connection string's settings.
        var path = folder.Combine("shared.duckdb");
        using var first = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = path }.ConnectionString);
        first.Open();
        Assert.True(first.Scalar<bool>("SELECT current_setting('autoload_known_extensions')"));

        using var store = AssessmentStore.Open(path);
        using var worker = store.OpenConnection();

        AssertExtensionsOff(store.Connection);
        AssertExtensionsOff(worker);
        Assert.Throws<DuckDBException>(() => store.Connection.Execute("SELECT ST_Point(1, 2)"));
    }

    private static void AssertExtensionsOff(DuckDBConnection connection)
    {
        Assert.False(connection.Scalar<bool>("SELECT current_setting('autoinstall_known_extensions')"));
        Assert.False(connection.Scalar<bool>("SELECT current_setting('autoload_known_extensions')"));
    }
}
