using Assessment.Core.Hotspots;
using Assessment.Core.Model;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Spatial;
using NetTopologySuite.Geometries;
using static Assessment.Core.Tests.Hotspots.HotspotTestData;

namespace Assessment.Core.Tests.Hotspots;

/// <summary>Points outside Great Britain or far from their own LSOA are left out of the hotspot analysis, counted per reason and said.</summary>
public sealed class StrayPointsTests
{
    private static readonly YearMonth March2025 = new(2025, 3);

    [Theory]
    [InlineData(-8.7, 49.8, false)]
    [InlineData(1.8, 60.9, false)]
    [InlineData(1.08, 51.28, false)]
    [InlineData(-8.71, 55.0, true)]
    [InlineData(1.81, 52.0, true)]
    [InlineData(-1.0, 49.79, true)]
    [InlineData(-1.0, 60.91, true)]
    [InlineData(51.28, 1.08, true)]
    public void IsOutsideGreatBritain_AtTheEdgesOfTheExtent(double longitude, double latitude, bool outside) =>
        Assert.Equal(outside, StrayPoints.IsOutsideGreatBritain(longitude, latitude));

    [Theory]
    [InlineData(50, 50, false)]
    [InlineData(1100, 50, false)]
    [InlineData(1100.5, 50, true)]
    [InlineData(50, -1000.5, true)]
    public void IsFarFromLsoa_MeasuresFromThePolygonsEdge(double easting, double northing, bool far)
    {
        var square = new GeometryFactory().CreatePolygon([new(0, 0), new(100, 0), new(100, 100), new(0, 100), new(0, 0)]);

        Assert.Equal(far, StrayPoints.IsFarFromLsoa(new GridCoordinate(easting, northing), square));
    }

    [Fact]
    public void Run_SwappedAndFarPoints_AreLeftOutCountedAndSaid()
    {
        var near = Record(601900, 150500, March2025, Violence, 2);
        var swapped = Record(600400, 150400, March2025, Violence, 3);
        var records = new List<SnapPointCount>
        {
            Record(600200, 150200, March2025, Violence, 5),
            Record(600800, 150700, March2025, Violence, 5),
            near,
            Record(602200, 150500, March2025, Violence, 4),
            swapped with { Longitude = swapped.Latitude, Latitude = swapped.Longitude },
            // No polygon for this LSOA, so its distance cannot be judged and the point stays.
            Record(609000, 159000, March2025, Violence, 1, lsoa: "E01009999"),
        };
        var lsoa = Rectangle(600000, 150000, 601000, 151000, ("LSOA21CD", "E01000001"));

        var findings = HotspotAnalysis.Run(Input(records) with { Boundaries = new HotspotBoundaries(null, [lsoa], null) });

        Assert.Equal(5 + 5 + 2 + 1, findings.Groups.Single().Events);
        Assert.Equal(4, findings.RecordsFarFromLsoa);
        Assert.Equal(3, findings.RecordsOutsideGreatBritain);
        Assert.Equal(0, findings.RecordsAtZeroCoordinates);
        var notes = HotspotNoteWording.ForArea(findings);
        Assert.Contains("4 records were left out of the maps and hotspot tests because their point lies more than 1 km from their LSOA; they are still counted in the trends, by their LSOA. points_left_out.csv lists each point, so that it can be checked with the force.", notes);
        Assert.Contains("3 records were left out of the maps and hotspot tests because their point lies outside Great Britain; they are still counted in the trends, by their LSOA. points_left_out.csv lists each point, so that it can be checked with the force.", notes);
        // One row per point left out, adding up to the totals.
        Assert.Equal(4, findings.PointsLeftOut.Where(p => p.Reason == PointLeftOutReason.FarFromLsoa).Sum(p => p.Records));
        Assert.Equal(3, findings.PointsLeftOut.Where(p => p.Reason == PointLeftOutReason.OutsideGreatBritain).Sum(p => p.Records));
        Assert.All(findings.PointsLeftOut.Where(p => p.Reason == PointLeftOutReason.FarFromLsoa), p => Assert.True(p.MetresFromLsoa > StrayPoints.MaxMetresFromLsoa));
    }

    [Fact]
    public void Run_WithoutLsoaPolygons_OnlyTheExtentIsChecked()
    {
        var records = new List<SnapPointCount>
        {
            Record(600200, 150200, March2025, Violence, 5),
            Record(650000, 190000, March2025, Violence, 4),
        };

        var findings = HotspotAnalysis.Run(Input(records));

        Assert.Equal(9, findings.Groups.Single().Events);
        Assert.Equal(0, findings.RecordsFarFromLsoa);
        Assert.DoesNotContain(HotspotNote.RecordsFarFromLsoa, findings.Notes);
    }
}
