using Assessment.Core.Geography;
using Assessment.Files.Geography;

namespace Assessment.Core.Tests.Geography;

/// <summary>
/// The area's part of real ONS boundary files (shared data: 2021 LSOAs and 2025 wards per Kent district): the LSOAs
/// and wards of a small area are taken from the area, never the whole file.
/// </summary>
public sealed class AreaPolygonsTests
{
    private const string Canterbury = "E07000106";
    private const string Dover = "E07000108";

    private static IReadOnlyList<BoundaryFeature> Lsoas(string district) =>
        BoundaryFile.Read(Path.Combine(RepositoryPaths.SharedData, "geography", "boundaries", "lsoa21", district + ".geojson"), "LSOA21CD");

    private static IReadOnlyList<BoundaryFeature> Wards(string district) =>
        BoundaryFile.Read(Path.Combine(RepositoryPaths.SharedData, "geography", "boundaries", "ward25", district + ".geojson"));

    private static string Code(BoundaryFeature f) => f.Property("LSOA21CD")!;

    [Fact]
    public void Lsoas_TwoCodesOfADistrictFile_GivesThoseTwoOnly()
    {
        var file = Lsoas(Canterbury);
        var codes = new[] { Code(file[3]), Code(file[40]) };

        var inArea = AreaPolygons.Lsoas(new LsoaCodeListArea("Two", codes), file, "LSOA21CD");

        Assert.Equal(codes.Order(StringComparer.Ordinal), inArea.Select(Code).Order(StringComparer.Ordinal));
        Assert.True(file.Count > 2);
    }

    [Fact]
    public void Lsoas_CodeListSpanningTwoDistrictFiles_TakesTheListedLsoasFromBoth()
    {
        var canterbury = Lsoas(Canterbury);
        var dover = Lsoas(Dover);
        var codes = new[] { Code(canterbury[0]), Code(canterbury[1]), Code(dover[0]), Code(dover[5]) };

        var inArea = AreaPolygons.Lsoas(new LsoaCodeListArea("Border", codes), [.. canterbury, .. dover], "LSOA21CD");

        Assert.Equal(codes.Order(StringComparer.Ordinal), inArea.Select(Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Lsoas_PrefixArea_TakesTheLsoasWhoseNameStartsWithThePrefix()
    {
        var canterbury = Lsoas(Canterbury);
        var dover = Lsoas(Dover);

        var inArea = AreaPolygons.Lsoas(new LsoaNamePrefixArea("Dover", "Dover "), [.. canterbury, .. dover], "LSOA21CD");

        Assert.Equal(dover.Count(f => f.Property("LSOA21NM")!.StartsWith("Dover ", StringComparison.Ordinal)), inArea.Count);
        Assert.Equal(dover.Select(Code), inArea.Select(Code));
    }

    [Fact]
    public void Lsoas_BoundaryOfTwoLsoas_TakesThoseTwoAndNotTheirNeighbours()
    {
        var file = Lsoas(Canterbury);
        var two = new[] { file[10], file[11] };
        var area = new BoundaryArea("Two", BoundaryFeature.Dissolve(two, "test"), "two.geojson");

        var inArea = AreaPolygons.Lsoas(area, file, "LSOA21CD");

        Assert.Equal(two.Select(Code).Order(StringComparer.Ordinal), inArea.Select(Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Wards_OneLsoa_AreTheWardsHoldingATenthOfItOrMore()
    {
        var lsoa = Lsoas(Canterbury).Single(f => Code(f) == "E01024104").Geometry;
        var wards = Wards(Canterbury);
        // Independently: the shares of a 100 × 100 lattice of points inside the LSOA that each ward holds.
        var box = lsoa.EnvelopeInternal;
        var points = Enumerable.Range(0, 100).SelectMany(i => Enumerable.Range(0, 100).Select(j =>
                lsoa.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(box.MinX + (i + 0.5) * box.Width / 100, box.MinY + (j + 0.5) * box.Height / 100))))
            .Where(lsoa.Covers).ToArray();
        var expected = wards.Where(w => points.Count(w.Geometry.Covers) >= AreaPolygons.WardShareOfArea * points.Length).Select(w => w.Property("WD25CD")).ToArray();

        var inArea = AreaPolygons.Wards(lsoa, wards);

        Assert.Equal(expected, inArea.Select(w => w.Property("WD25CD")));
        Assert.InRange(inArea.Count, 1, wards.Count / 4);
    }

    [Fact]
    public void Wards_WholeDistrict_IsEveryWardOfTheDistrictAndNoneOfTheNeighbours()
    {
        var district = BoundaryFeature.Dissolve(Lsoas(Canterbury), "test");
        var canterburyWards = Wards(Canterbury);

        var inArea = AreaPolygons.Wards(district, [.. canterburyWards, .. Wards(Dover)]);

        Assert.Equal(canterburyWards.Select(w => w.Property("WD25CD")), inArea.Select(w => w.Property("WD25CD")));
    }
}
