using System.Diagnostics;

namespace Assessment.DuckDb.Tests;

public sealed class ExtensionTests : IDisposable
{
    private readonly InMemoryDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public void SpatialFunction_NotBuiltIn_FailsAtOnceWithoutDownloading()
    {
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<DuckDbException>(() => db.Connection.Execute("SELECT ST_Point(1, 2)"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains("spatial", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void LoadSpatial_NotInstalled_FailsAtOnce()
    {
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<DuckDbException>(() => db.Connection.Execute("LOAD spatial"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains("spatial", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("SELECT json_extract('{\"a\": 2}', '$.a')::INTEGER", 2L)]
    [InlineData("SELECT count(*) FROM (SELECT strftime(TIMESTAMPTZ '2024-01-01 00:00:00+00', '%Y'))", 1L)]
    public void BuiltInExtensions_JsonAndIcu_Work(string sql, long expected)
    {
        Assert.Equal(expected, db.Connection.Scalar<long>(sql));
    }
}
