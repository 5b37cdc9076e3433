namespace Assessment.DuckDb.Tests;

public sealed class ReadCsvRejectsTests : IDisposable
{
    private readonly InMemoryDatabase db = new();
    private readonly TemporaryDirectory directory = new();

    public void Dispose()
    {
        db.Dispose();
        directory.Dispose();
    }

    [Fact]
    public void ReadCsv_StoreRejects_PutsBadRowInRejectErrorsWithLineNumber()
    {
        var path = directory.Combine("crimes.csv");
        File.WriteAllText(path, "id,category,count\n1,burglary,10\n2,drugs,not_a_number\n3,robbery,30\n");

        db.Connection.Execute("CREATE TABLE crimes(id INTEGER, category VARCHAR, count INTEGER)");
        var loaded = db.Connection.Execute($$"""
            INSERT INTO crimes
            SELECT * FROM read_csv('{{path}}', header = true, store_rejects = true,
                                   columns = {'id': 'INTEGER', 'category': 'VARCHAR', 'count': 'INTEGER'})
            """);

        Assert.Equal(2L, loaded);
        Assert.Equal(40L, db.Connection.Scalar<long>("SELECT sum(count) FROM crimes"));
        using var reader = db.Connection.Query(
            "SELECT line, column_name, error_type, csv_line FROM reject_errors ORDER BY line");
        Assert.True(reader.Read());
        // Line numbers count the header: the bad record is the file's third line.
        Assert.Equal(3L, reader.GetInt64(reader.GetOrdinal("line")));
        Assert.Equal("count", reader.GetString(reader.GetOrdinal("column_name")));
        Assert.Equal("CAST", reader.GetString(reader.GetOrdinal("error_type")));
        Assert.Equal("2,drugs,not_a_number", reader.GetString(reader.GetOrdinal("csv_line")));
        Assert.False(reader.Read());
    }
}
