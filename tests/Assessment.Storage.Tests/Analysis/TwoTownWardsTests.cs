using Assessment.Core.Geography;
using Assessment.Core.Model;
using Assessment.Core.Trends;
using Assessment.Files.Geography;
using Assessment.Files.Tables;
using Assessment.Files.Trends;
using Assessment.Storage.Analysis;

namespace Assessment.Storage.Tests.Analysis;

/// <summary>
/// Dartford and Gravesham each have a ward called "Town". From real boundaries and real Kent rows in those wards
/// (Fixtures/two-town-wards, made by its make_fixture.py), the store, ward placement, analysis and CSV tables keep
/// them as two series keyed by ward code and labelled "Town".
/// </summary>
public sealed class TwoTownWardsTests : IDisposable
{
    private const string DartfordTown = "E05012409";
    private const string GraveshamTown = "E05014925";
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "Assessment.Storage.Tests", "Fixtures", "two-town-wards");
    private readonly TemporaryDirectory output = new();

    public void Dispose() => output.Dispose();

    private static List<string> Fields(string line) => [.. line.Split(',')];

    private List<List<string>> Table(string name) =>
        [.. File.ReadAllLines(Path.Combine(output.Path, "tables", name)).Select(Fields)];

    private void WriteTables()
    {
        using var store = Assessment.Storage.Store.AssessmentStore.Open(":memory:");
        StoreTestSupport.Ingest(store, [.. IndependentCount.StreetFiles(Path.Combine(Folder, "policeuk"))]);
        AreaScope.Apply(store, new LsoaNamePrefixArea("Dartford and Gravesham", ["Dartford ", "Gravesham "]));
        var wardFile = Path.Combine(Folder, "wards.geojson");
        var queries = new StoreQueries(store);
        var input = new TrendInput("Dartford and Gravesham", new AssessmentPeriod(new YearMonth(2025, 12), 12), queries.CountsByMonth("Dartford and Gravesham"), [])
        {
            Themes = [],
            HarmWeights = HarmWeightFile.Default,
            Wards = new WardQueries(store).CountsByWard(WardLocator.FromFeatures(BoundaryFile.Read(wardFile), "wards.geojson")),
        };
        TrendTables.Write(output.Path, TrendAnalysis.Run(input));
    }

    /// <summary>Rows per ward and year, counted from the CSV text: the fixture's Dartford LSOAs lie in Dartford's Town ward, its Gravesham LSOAs in Gravesham's.</summary>
    private static long Expected(string ward, int year) => IndependentCount.StreetFiles(Path.Combine(Folder, "policeuk"))
        .SelectMany(IndependentCount.Rows)
        .Count(r => r[1].StartsWith($"{year}-", StringComparison.Ordinal) && r[8].StartsWith(ward == DartfordTown ? "Dartford " : "Gravesham ", StringComparison.Ordinal));

    [Fact]
    public void YoyCsv_TwoTownWards_AreTwoRowsKeyedByCodeAndLabelledTown()
    {
        WriteTables();

        var yoy = Table("yoy.csv");
        Assert.Equal(TrendTables.YearOnYearColumns, yoy[0]);
        var wards = yoy.Skip(1).Where(r => r[1] == "ward").ToList();
        Assert.Equal([DartfordTown, GraveshamTown], wards.Select(r => r[2]));
        var label = TrendTables.YearOnYearColumns.ToList().IndexOf("label");
        Assert.All(wards, r => Assert.Equal("Town", r[label]));
        foreach (var row in wards)
        {
            Assert.Equal(Expected(row[2], 2024).ToString(System.Globalization.CultureInfo.InvariantCulture), row[4]);
            Assert.Equal(Expected(row[2], 2025).ToString(System.Globalization.CultureInfo.InvariantCulture), row[5]);
        }
    }

    [Fact]
    public void MonthlyCsv_TwoTownWards_AreSeparateSeries()
    {
        WriteTables();

        var monthly = Table("monthly.csv");
        var key = TrendTables.MonthlyColumns.ToList().IndexOf("key");
        var count = TrendTables.MonthlyColumns.ToList().IndexOf("count");
        var month = TrendTables.MonthlyColumns.ToList().IndexOf("month");
        var wardRows = monthly.Skip(1).Where(r => r[1] == "ward").ToList();
        Assert.Equal([DartfordTown, GraveshamTown], wardRows.Select(r => r[key]).Distinct());
        Assert.All(wardRows, r => Assert.Equal("Town", r[^1]));
        foreach (var ward in new[] { DartfordTown, GraveshamTown })
        {
            var january = wardRows.Single(r => r[key] == ward && r[month] == "2025-01");
            var expected = IndependentCount.Rows(Path.Combine(Folder, "policeuk", "2025-01", "2025-01-kent-street.csv"))
                .Count(r => r[8].StartsWith(ward == DartfordTown ? "Dartford " : "Gravesham ", StringComparison.Ordinal));
            Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), january[count]);
        }
    }
}
