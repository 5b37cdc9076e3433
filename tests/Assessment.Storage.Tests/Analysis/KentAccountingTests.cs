using Assessment.Core.Geography;
using Assessment.Files.Geography;
using Assessment.Storage.Analysis;
using Assessment.Storage.Ingest;
using Assessment.Storage.Store;

namespace Assessment.Storage.Tests.Analysis;

/// <summary>
/// All 16 real Kent months (240,043 rows, CRLF and LF files mixed): every row accounted for, and the area split
/// checked against counts made from the CSV text.
/// </summary>
public sealed class KentAccountingTests : IClassFixture<KentAccountingTests.KentStore>
{
    private readonly KentStore kent;

    public KentAccountingTests(KentStore kent) => this.kent = kent;

    [Fact]
    public void Ingest_AllKentMonths_AccountsForAll240043Rows()
    {
        Assert.Equal(16, kent.Report.Files.Count);
        Assert.Equal(240_043, kent.Report.RowsRead);
        Assert.Equal(240_043, kent.Report.RowsLoaded + kent.Report.RowsRejected);
        Assert.All(kent.Report.Files, f => Assert.True(f.Balances, $"{f.File.DisplayPath} doesn't balance"));
        Assert.Equal(kent.Report.RowsLoaded, StoreTestSupport.StoredRows(kent.Store));
    }

    [Fact]
    public void DataQuality_PrefixArea_SplitsRowsExactlyAsTheCsvTextDoes()
    {
        AreaScope.Apply(kent.Store, new LsoaNamePrefixArea("Canterbury", "Canterbury "));
        var quality = new StoreQueries(kent.Store).DataQuality(kent.Report);

        foreach (var file in quality)
        {
            var rows = IndependentCount.Rows(Path.Combine(KentStore.Folder, file.File));
            Assert.Equal(rows.Count, file.RowsRead);
            Assert.Equal(rows.Count(r => r[4].Length == 0), file.NoLocation);
            Assert.Equal(rows.Count(r => r[8].StartsWith("Canterbury ", StringComparison.Ordinal)), file.InArea);
            var ids = rows.Select(r => r[0]).Where(id => id.Length > 0).ToArray();
            Assert.Equal(ids.Length - ids.Distinct().Count(), file.DuplicateCrimeIds);
        }
        Assert.Equal(22_847, quality.Sum(q => q.InArea));
        Assert.True(quality.All(q => q.NoLocation >= 100), "every Kent month has 100+ No Location rows");
    }

    [Fact]
    public void CountsByMonth_BoundaryArea_AgreesWithTheLsoaNames()
    {
        var lsoas = BoundaryFile.Read(Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-lsoa21.geojson"));
        var boundary = new BoundaryArea("Canterbury", BoundaryFeature.Dissolve(lsoas, "lsoa"), "canterbury-lsoa21.geojson");

        AreaScope.Apply(kent.Store, boundary);
        var byBoundary = new StoreQueries(kent.Store).CountsByMonth("Canterbury").Sum(c => c.Count);
        AreaScope.Apply(kent.Store, new LsoaNamePrefixArea("Canterbury", "Canterbury "));
        var byName = new StoreQueries(kent.Store).CountsByMonth("Canterbury").Sum(c => c.Count);

        // police.uk assigns the LSOA from the snapped point, so the two definitions should agree but for points
        // lying exactly on a district edge; allow 0.5%.
        Assert.Equal(22_847, byName);
        Assert.InRange(byBoundary, byName * 0.995, byName * 1.005);
    }

    [Fact]
    public void CountsByMonth_CodeListArea_MatchesThePrefixArea()
    {
        var codes = IndependentCount.StreetFiles(KentStore.Folder).SelectMany(IndependentCount.Rows)
            .Where(r => r[8].StartsWith("Canterbury ", StringComparison.Ordinal)).Select(r => r[7]).Distinct();

        AreaScope.Apply(kent.Store, new LsoaCodeListArea("Canterbury", codes));

        Assert.Equal(22_847, new StoreQueries(kent.Store).CountsByMonth("Canterbury").Sum(c => c.Count));
    }

    /// <summary>Loads the Kent files once for the whole class (about a second).</summary>
    public sealed class KentStore : IDisposable
    {
        public static readonly string Folder = Path.Combine(RepositoryPaths.SharedData, "policeuk", "kent");

        public KentStore()
        {
            Assert.True(Directory.Exists(Folder), $"The shared Kent data is expected at {Folder}.");
            Store = AssessmentStore.Open(":memory:");
            var files = IndependentCount.StreetFiles(Folder).Select(p => StoreTestSupport.Source(p) with { DisplayPath = Path.GetRelativePath(Folder, p) }).ToArray();
            Report = new PoliceUkIngestor(Store, TimeProvider.System).Ingest(files);
        }

        public AssessmentStore Store { get; }

        public IngestReport Report { get; }

        public void Dispose() => Store.Dispose();
    }
}
