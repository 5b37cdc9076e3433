using Assessment.Core.Geography;
using Assessment.Core.Reporting.Sections;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class AreaDefinitionWordingTests
{
    [Fact]
    public void Describe_NamePrefix_QuotesThePrefixWithItsSpace() =>
        Assert.Equal("LSOA name starts with \"Canterbury \"", AreaDefinitionWording.Describe(new LsoaNamePrefixArea("Canterbury", "Canterbury ")));

    [Fact]
    public void Describe_CodeList_CountsTheDistinctCodesWithSeparators()
    {
        // 1,200 distinct codes, each given twice: repeats are dropped before counting.
        var codes = Enumerable.Range(0, 1200).Select(i => $"E01{i:000000}").ToList();

        Assert.Equal("LSOA code in a list of 1,200 codes", AreaDefinitionWording.Describe(new LsoaCodeListArea("Canterbury", [.. codes, .. codes])));
    }

    [Fact]
    public void Describe_Boundary_NamesTheBoundaryFile()
    {
        var square = new GeometryFactory().CreatePolygon([new(1, 51), new(1.1, 51), new(1.1, 51.1), new(1, 51.1), new(1, 51)]);

        Assert.Equal("location inside the boundary in canterbury.geojson", AreaDefinitionWording.Describe(new BoundaryArea("Canterbury", square, "canterbury.geojson")));
    }

    [Fact]
    public void Describe_UnknownKindOfArea_Throws() =>
        Assert.Throws<ArgumentException>(() => AreaDefinitionWording.Describe(new EveryRowArea()));

    private sealed record EveryRowArea() : AreaDefinition("Everywhere");
}
