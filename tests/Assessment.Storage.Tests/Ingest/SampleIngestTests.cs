using Assessment.Storage.Ingest;
using Assessment.Storage.Store;

namespace Assessment.Storage.Tests.Ingest;

/// <summary>The real Canterbury files in data-samples, checked against counts made by reading the CSV text.</summary>
public sealed class SampleIngestTests
{
    private static readonly string[] SampleFiles = IndependentCount.StreetFiles(Path.Combine(RepositoryPaths.DataSamples, "policeuk")).ToArray();

    [Fact]
    public void Ingest_CanterburySample_LoadsEveryRowOfEveryFile()
    {
        using var store = AssessmentStore.Open(":memory:");

        var report = StoreTestSupport.Ingest(store, SampleFiles);

        Assert.Equal(16, report.Files.Count);
        Assert.All(report.Files, f => Assert.Equal(FileOutcome.Loaded, f.Outcome));
        foreach (var file in report.Files)
        {
            var expected = IndependentCount.Rows(file.File.FullPath).Count;
            Assert.Equal(expected, file.RowsRead);
            Assert.Equal(expected, file.RowsLoaded);
            Assert.Equal(0, file.RowsRejected);
        }
        Assert.Equal(22_847, StoreTestSupport.StoredRows(store));
    }

    [Fact]
    public void Ingest_CanterburySample_CountsByTypeMatchTheCsvText()
    {
        using var store = AssessmentStore.Open(":memory:");
        StoreTestSupport.Ingest(store, SampleFiles);

        var expected = SampleFiles.SelectMany(IndependentCount.Rows)
            .GroupBy(r => (Month: r[1], Type: r[9]))
            .ToDictionary(g => g.Key, g => (long)g.Count());
        using var reader = store.Connection.Query("SELECT strftime(month, '%Y-%m'), crime_type, count(*) FROM street_record GROUP BY ALL");
        var actual = new Dictionary<(string, string), long>();
        while (reader.Read()) actual[(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);

        Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(a => a.Key));
    }

    [Fact]
    public void Ingest_SameFilesAgain_LoadsNothingTwice()
    {
        using var store = AssessmentStore.Open(":memory:");
        StoreTestSupport.Ingest(store, SampleFiles);

        var second = StoreTestSupport.Ingest(store, SampleFiles);

        Assert.All(second.Files, f => Assert.Equal(FileOutcome.Unchanged, f.Outcome));
        Assert.Equal(0, second.RowsNewlyLoaded);
        Assert.Equal(22_847, second.RowsLoaded);
        Assert.Equal(22_847, StoreTestSupport.StoredRows(store));
    }

    [Fact]
    public void Ingest_AsbRows_HaveNoCrimeIdAndAreLoaded()
    {
        using var store = AssessmentStore.Open(":memory:");
        StoreTestSupport.Ingest(store, SampleFiles);

        var asbInCsv = SampleFiles.SelectMany(IndependentCount.Rows).Count(r => r[9] == "Anti-social behaviour");
        var asbStored = store.Connection.Scalar<long>("SELECT count(*) FROM street_record WHERE crime_type = 'Anti-social behaviour' AND crime_id IS NULL");

        Assert.True(asbInCsv > 1000, "the sample should hold plenty of ASB");
        Assert.Equal(asbInCsv, asbStored);
        Assert.Equal(0, store.Connection.Scalar<long>("SELECT count(*) FROM street_record WHERE crime_type <> 'Anti-social behaviour' AND crime_id IS NULL"));
    }
}
