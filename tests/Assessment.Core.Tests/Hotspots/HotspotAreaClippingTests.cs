using Assessment.Core.Geography;
using Assessment.Core.Hotspots;
using Assessment.Core.Spatial;
using Assessment.Files.Geography;
using NetTopologySuite.Geometries;
using static Assessment.Core.Tests.Hotspots.HotspotTestData;

namespace Assessment.Core.Tests.Hotspots;

/// <summary>
/// A small area inside district boundary files (real 2021 LSOAs of Kent districts): the grid, the LSOA units and the
/// Clark–Evans study area come from the area's LSOAs, never from the whole files.
/// </summary>
public sealed class HotspotAreaClippingTests
{
    private static IReadOnlyList<BoundaryFeature> Lsoas(string district) =>
        BoundaryFile.Read(Path.Combine(RepositoryPaths.SharedData, "geography", "boundaries", "lsoa21", district + ".geojson"), "LSOA21CD");

    public static TheoryData<string[], int[]> Areas => new()
    {
        { ["E07000106"], [3, 40] },                 // two LSOAs inside one district's file
        { ["E07000106", "E07000108"], [0, 1, 90, 95] }, // a code list spanning two districts' files (Canterbury has 92 LSOAs, Dover follows)
    };

    [Theory]
    [MemberData(nameof(Areas))]
    public void Run_CodeListArea_GridLsoasAndStudyAreaComeFromTheArea(string[] districts, int[] picked)
    {
        var file = districts.SelectMany(Lsoas).ToArray();
        var codes = picked.Select(i => file[i].Property("LSOA21CD")!).ToArray();
        var lsoas = AreaPolygons.Lsoas(new LsoaCodeListArea("Picked", codes), file, "LSOA21CD");
        var records = lsoas.Select(l => (Point: BritishNationalGrid.ToGrid(l.Geometry.InteriorPoint.X, l.Geometry.InteriorPoint.Y), Code: l.Property("LSOA21CD")))
            .Select(l => Record(l.Point.Easting, l.Point.Northing, Months2025[0], Violence, 5, lsoa: l.Code)).ToArray();

        var findings = HotspotAnalysis.Run(Input(records) with { Boundaries = HotspotBoundaries.FromLsoas(lsoas, null) });

        var area = BritishNationalGrid.ToGrid(BoundaryFeature.Dissolve(lsoas, "picked"));
        var whole = BritishNationalGrid.ToGrid(BoundaryFeature.Dissolve(file, "files"));
        Assert.Equal(codes.Length, findings.LsoaUnits);
        Assert.Equal(area.Area, findings.AreaSquareMetres!.Value, area.Area * 1e-9);
        Assert.True(findings.AreaSquareMetres < whole.Area / 10);
        var grid = findings.Grid!;
        Assert.All(grid.Cells, c => Assert.True(area.Covers(new Point(c.Centre.Easting, c.Centre.Northing)), $"cell {c.Index} centre outside the area"));
        Assert.InRange(grid.Cells.Count, 1, SquareGrid.Covering(whole).Cells.Count / 10);
    }
}
