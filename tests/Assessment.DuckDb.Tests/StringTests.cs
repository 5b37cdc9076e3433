using System.Text;

namespace Assessment.DuckDb.Tests;

public sealed class StringTests : IDisposable
{
    private readonly InMemoryDatabase db = new();

    public void Dispose() => db.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("twelve bytes")] // exactly 12 bytes: the longest value DuckDB stores inline
    [InlineData("thirteen byte")] // 13 bytes: the shortest stored by pointer
    [InlineData("Anti-social behaviour on or near Northgate, Canterbury")]
    [InlineData("Café ☕ 東京 — 𝄞")]
    [InlineData("é12345678901")] // 12 characters but 13 bytes
    public void GetString_LiteralFromSql_RoundTrips(string text)
    {
        var literal = "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
        using var reader = db.Connection.Query($"SELECT {literal} AS s, strlen({literal}) AS bytes");
        Assert.True(reader.Read());

        Assert.Equal(text, reader.GetString(0));
        Assert.Equal(Encoding.UTF8.GetByteCount(text), reader.GetInt64(1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("twelve bytes")]
    [InlineData("thirteen byte")]
    [InlineData("Café ☕ 東京 — 𝄞")]
    [InlineData("nul\0inside")]
    public void GetString_BoundParameter_RoundTripsWithLengthPreserved(string text)
    {
        using var reader = db.Connection.Query("SELECT ?::VARCHAR AS s, strlen(?::VARCHAR) AS bytes", text, text);
        Assert.True(reader.Read());

        Assert.Equal(text, reader.GetString(0));
        Assert.Equal(Encoding.UTF8.GetByteCount(text), reader.GetInt64(1));
    }

    [Fact]
    public void GetString_ManyDistinctRowsAcrossChunks_EachMatches()
    {
        using var reader = db.Connection.Query(
            "SELECT i, CASE WHEN i % 2 = 0 THEN 'r' || i ELSE 'row number ' || i || ' — ünïcödé' END FROM range(5000) t(i) ORDER BY i");
        var rows = 0;
        while (reader.Read())
        {
            var i = reader.GetInt64(0);
            var expected = i % 2 == 0 ? $"r{i}" : $"row number {i} — ünïcödé";
            Assert.Equal(expected, reader.GetString(1));
            rows++;
        }

        Assert.Equal(5000, rows);
    }
}
