using Assessment.Core.Geography;
using static Assessment.Core.Tests.Geography.LsoaVintageSquares;

namespace Assessment.Core.Tests.Geography;

public sealed class LsoaCodeMappingTests
{
    private static readonly LsoaPointRows[] Rows =
    [
        new(U, 0.5, 0.5, 5),          // in the area's list: not mapped
        new(A, 1.2, 0.5, 3),          // split: lies in B1
        new(A, 1.8, 0.5, 2),          // split: lies in B2
        new(A, 1.2, 1.05, 7),         // split: a snapped point just outside both pieces, nearest B1
        new(M1, 2.5, 0.5, 4),         // merged: MG by code
        new(M2, 3.5, 0.5, 1),
        new("E01999999", 9, 9, 6),    // unknown to the lookup
    ];

    [Fact]
    public void Map_WithPolygons_PlacesSplitRowsByPointAndMergedRowsByCode()
    {
        var area = new LsoaCodeListArea("Area", [U, B1, MG]);

        var mapping = LsoaCodeMapping.Map(area, LsoaVintage.Census2021, Lookup, Rows, Polygons2021);

        Assert.Equal(3 + 2 + 7 + 4 + 1, mapping.RowsOfOtherVintage);
        Assert.Equal(4 + 1, mapping.MappedByCode);
        Assert.Equal(3 + 2 + 7, mapping.MappedByPoint);
        Assert.Equal(3 + 7 + 4 + 1, mapping.MappedIntoArea);
        Assert.Equal(0, mapping.Ambiguous);
        Assert.Equal(6, mapping.Unmapped);
        Assert.Equal(1, mapping.UnmappedCodes);
        Assert.Contains(new LsoaPlacement(A, 1.2, 0.5, B1, true), mapping.Placements);
        Assert.Contains(new LsoaPlacement(A, 1.8, 0.5, B2, false), mapping.Placements);
        Assert.Contains(new LsoaPlacement(A, 1.2, 1.05, B1, true), mapping.Placements);
        Assert.Contains(new LsoaPlacement(M1, null, null, MG, true), mapping.Placements);
        Assert.DoesNotContain(mapping.Placements, p => p.Code == U);
    }

    [Fact]
    public void Map_WithoutPolygons_SplitBetweenAreaAndElsewhere_IsAmbiguousAndLeftOut()
    {
        var area = new LsoaCodeListArea("Area", [U, B1, MG]);

        var mapping = LsoaCodeMapping.Map(area, LsoaVintage.Census2021, Lookup, Rows, polygons: null);

        Assert.Equal(3 + 2 + 7, mapping.Ambiguous);
        Assert.Equal([A], mapping.AmbiguousCodes);
        Assert.Equal(4 + 1, mapping.MappedIntoArea);
        Assert.DoesNotContain(mapping.Placements, p => p.Code == A);
        Assert.Equal(mapping.RowsOfOtherVintage, mapping.MappedByCode + mapping.MappedByPoint + mapping.InAreaByEveryCounterpart + mapping.Ambiguous);
    }

    [Fact]
    public void Map_WithoutPolygons_SplitWhollyInTheArea_IsCountedInUnderItsOwnCode()
    {
        var area = new LsoaCodeListArea("Area", [B1, B2]);

        var mapping = LsoaCodeMapping.Map(area, LsoaVintage.Census2021, Lookup, Rows, polygons: null);

        Assert.Equal(3 + 2 + 7, mapping.InAreaByEveryCounterpart);
        Assert.Equal(3 + 2 + 7, mapping.MappedIntoArea);
        Assert.Equal(0, mapping.Ambiguous);
        Assert.All(mapping.Placements.Where(p => p.Code == A), p => Assert.Equal((A, true), (p.MappedCode, p.InArea)));
    }

    [Fact]
    public void Map_AreaOf2011Codes_MapsA2021MergeBackToItsPartsOnlyWhenAllAreIn()
    {
        var area = new LsoaCodeListArea("Area", [M1]);
        LsoaPointRows[] rows = [new(MG, 2.5, 0.5, 4)];

        var mapping = LsoaCodeMapping.Map(area, LsoaVintage.Census2011, Lookup, rows, polygons: null);

        // MG's 2011 parts are M1 (in the area) and M2 (not): without 2011 polygons its rows cannot be placed.
        Assert.Equal(4, mapping.Ambiguous);
        Assert.Equal(0, mapping.MappedIntoArea);
    }

    [Fact]
    public void Map_UndeterminedVintage_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LsoaCodeMapping.Map(new LsoaCodeListArea("Area", [U]), LsoaVintage.Mixed, Lookup, Rows, null));
    }
}
