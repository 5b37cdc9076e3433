using Assessment.Core.Geography;
using Assessment.Core.Trends;
using Assessment.Storage.Analysis;
using Assessment.Storage.Store;
using NetTopologySuite.Geometries;

namespace Assessment.Storage.Tests.Analysis;

/// <summary>
/// Eight months whose LSOA codes change from 2011 to 2021 codes after four, as police.uk files do, with an area listed
/// in 2021 codes: mapped through the lookup, every month's rows are in the area under 2021 codes, and the change of
/// codes no longer shows as LSOAs that vanish and appear.
/// </summary>
public sealed class LsoaVintageScopeTests : IDisposable
{
    private const string Unchanged = "E01000001";
    private const string Split = "E01000002";
    private const string MergedA = "E01000003";
    private const string MergedB = "E01000004";
    private const string Left = "E01100001";
    private const string Right = "E01100002";
    private const string Merged = "E01100003";
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private static readonly LsoaVintageLookup Lookup = new(
    [
        new(Unchanged, Unchanged, LsoaChangeKind.Unchanged),
        new(Split, Left, LsoaChangeKind.Split),
        new(Split, Right, LsoaChangeKind.Split),
        new(MergedA, Merged, LsoaChangeKind.Merged),
        new(MergedB, Merged, LsoaChangeKind.Merged),
    ], "test lookup");

    private static readonly Dictionary<string, Geometry> Polygons = new()
    {
        [Left] = Box(1.00, 51.00, 1.05, 51.10),
        [Right] = Box(1.05, 51.00, 1.10, 51.10),
    };

    private readonly TemporaryDirectory folder = new();
    private readonly AssessmentStore store;

    public LsoaVintageScopeTests()
    {
        var paths = new List<string>();
        for (var m = 1; m <= 8; m++)
        {
            var month = $"2024-{m:00}";
            var old = m <= 4;
            string Row(string code, string lon) => $",{month},Kent Police,Kent Police,{lon},51.050000,On or near Street,{code},Test 001A,Anti-social behaviour,,";
            string[] rows =
            [
                Row(Unchanged, "0.950000"),
                Row(old ? Split : Left, "1.020000"),
                Row(old ? Split : Right, "1.080000"),
                Row(old ? MergedA : Merged, "1.200000"),
                Row(old ? MergedB : Merged, "1.300000"),
            ];
            paths.Add(folder.Write($"{month}/{month}-kent-street.csv", string.Join("\n", [StoreTestSupport.Header, .. rows]) + "\n"));
        }
        store = AssessmentStore.Open(":memory:");
        StoreTestSupport.Ingest(store, [.. paths]);
    }

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Apply_WithoutMapping_LeavesTheOldCodesOutAndShowsACodeChange()
    {
        AreaScope.Apply(store, new LsoaCodeListArea("Area", [Unchanged, Left, Merged]));

        Assert.Equal(8 + 4 + 4 * 2, AreaScope.RowsInArea(store));
        Assert.Single(LsoaVintageCheck.Check(new WardQueries(store).LsoaByMonth()).CodeChanges);
    }

    [Fact]
    public void Apply_WithMapping_CountsEveryMonthInTheAreasCodesAndShowsNoCodeChange()
    {
        var area = new LsoaCodeListArea("Area", [Unchanged, Left, Merged]);
        var queries = new LsoaCodeQueries(store);
        var report = LsoaVintageReport.Build(area, Lookup, queries.CodesByMonth(), queries.RowsByCodeAndPoint(), Polygons);

        AreaScope.Apply(store, area, report.Mapping!.Placements);

        // Each month: the unchanged LSOA, the left half of the split one and both merged ones; the right half is outside.
        Assert.Equal(8 * 4, AreaScope.RowsInArea(store));
        Assert.True(report.DataChangesVintage);
        Assert.Empty(LsoaVintageCheck.Check(new WardQueries(store).LsoaByMonth()).CodeChanges);
        Assert.Equal([Unchanged, Left, Merged], new WardQueries(store).InAreaLsoaCodes());
        Assert.Equal(8 * 5, StoreTestSupport.StoredRows(store));
        Assert.Equal(4 * 2, store.Connection.Scalar<long>($"SELECT count(*) FROM street_record WHERE lsoa_code = '{Split}'"));
    }

    private static Polygon Box(double x0, double y0, double x1, double y1) =>
        Factory.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);
}
