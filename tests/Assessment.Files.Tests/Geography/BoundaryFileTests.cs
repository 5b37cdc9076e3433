using System.Text;
using Assessment.Core.Geography;
using Assessment.Files.Configuration;
using Assessment.Files.Geography;
using NetTopologySuite.Geometries;

namespace Assessment.Files.Tests.Geography;

/// <summary><see cref="BoundaryFile"/> on the real ONS boundaries and on broken files.</summary>
public sealed class BoundaryFileTests
{
    private static readonly string WardFile = Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-wards-2025.geojson");
    private static readonly string LsoaFile = Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-lsoa21.geojson");

    [Fact]
    public void Read_CanterburyWards_Reads21WardsWithTheirPropertiesAsText()
    {
        var features = BoundaryFile.Read(WardFile, "WD25CD", "WD25NM");

        Assert.Equal(21, features.Count);
        Assert.All(features, f => Assert.True(f.Geometry is Polygon or MultiPolygon));
        Assert.Equal(3, features.Count(f => f.Geometry is MultiPolygon));
        var beltinge = features[0];
        Assert.Equal("Beltinge", beltinge.Property("WD25NM"));
        Assert.Equal("E05010392", beltinge.Property("WD25CD"));
        Assert.Equal("1593", beltinge.Property("FID"));
        Assert.Equal("1.149057", beltinge.Property("LONG"));
        Assert.Equal("51.36743", beltinge.Property("LAT"));
        Assert.Null(beltinge.Property("CAUTHCD"));   // JSON null
        Assert.True(beltinge.Properties.ContainsKey("CAUTHCD"));
        Assert.Equal(4326, beltinge.Geometry.SRID);
        Assert.True(beltinge.Geometry.Covers(beltinge.Geometry.Factory.CreatePoint(new Coordinate(1.149057, 51.36743))), "the label point lies in the ward");
    }

    [Fact]
    public void Read_CanterburyLsoas_ReadsBothPolygonAndMultiPolygon()
    {
        var features = BoundaryFile.Read(LsoaFile, "LSOA21CD");

        Assert.Equal(92, features.Count);
        Assert.Equal(3, features.Count(f => f.Geometry is MultiPolygon));
        Assert.All(features, f => Assert.StartsWith("Canterbury ", f.Property("LSOA21NM"), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("lsoa21", "LSOA21CD", 1107)]
    [InlineData("ward25", "WD25CD", 279)]
    public void Read_EveryKentFile_ReadsEveryFeatureWithItsCode(string folder, string code, int features)
    {
        // Feature totals counted independently with Python's json module over the 13 files of each folder.
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.SharedData, "geography", "boundaries", folder), "*.geojson");

        var read = files.SelectMany(f => BoundaryFile.Read(f, code)).ToArray();

        Assert.Equal(13, files.Length);
        Assert.Equal(features, read.Length);
        Assert.Equal(features, read.Select(f => f.Property(code)).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Parse_SingleFeatureWithMultiPolygon_KeepsEveryPart()
    {
        const string json = """
            {"type":"Feature","properties":{"name":"two squares","code":7,"flag":true},"geometry":{"type":"MultiPolygon","coordinates":[
              [[[0,0],[0,1],[1,1],[1,0],[0,0]]],
              [[[2,2],[2,3],[3,3],[3,2],[2,2]]]]}}
            """;

        var feature = Assert.Single(BoundaryFile.Parse(Encoding.UTF8.GetBytes(json), "inline"));

        Assert.Equal(2, feature.Geometry.NumGeometries);
        Assert.Equal(2.0, feature.Geometry.Area, 12);
        Assert.Equal("7", feature.Property("code"));
        Assert.Equal("true", feature.Property("flag"));
    }

    [Fact]
    public void Parse_BarePolygonWithByteOrderMarkCommentAndTrailingComma_IsOneFeatureWithoutProperties()
    {
        var json = "\uFEFF// district\n{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[0,1],[1,1],[1,0],[0,0]],],}";

        var feature = Assert.Single(BoundaryFile.Parse(Encoding.UTF8.GetBytes(json), "inline"));

        Assert.IsType<Polygon>(feature.Geometry);
        Assert.Empty(feature.Properties);
    }

    [Theory]
    [InlineData("", "area.geojson: the file is empty")]
    [InlineData("  \n ", "area.geojson: the file is empty")]
    [InlineData("{\n\"type\": \"FeatureCollection\",\n oops }", "area.geojson, line 3, position 2: not valid GeoJSON")]
    [InlineData("<html>not json</html>", "area.geojson, line 1, position 1: not valid GeoJSON")]
    [InlineData("""{"type":"FeatureCollection"}""", "area.geojson: the FeatureCollection has no features")]
    [InlineData("""{"type":"FeatureCollection","features":[]}""", "area.geojson: the FeatureCollection has no features")]
    [InlineData("""{"type":"Point","coordinates":[1,2]}""", "area.geojson: expected a FeatureCollection, Feature, Polygon or MultiPolygon, found \"Point\"")]
    [InlineData("""{"features":[]}""", "area.geojson: expected a GeoJSON object with a \"type\"")]
    [InlineData("""{"type":"Feature","properties":{},"geometry":null}""", "area.geojson: feature 1 has no geometry")]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[0,0.5]]]}""", "area.geojson: not valid GeoJSON: points must form a closed linestring")]
    [InlineData("""{"type":"Feature","properties":{},"geometry":{"type":"Circle","coordinates":[1,2]}}""", "area.geojson: not valid GeoJSON: Requested value 'Circle' was not found")]
    [InlineData("""{"type":"Feature","properties":{"big":1e999},"geometry":{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[0,0]]]}}""",
        "area.geojson: feature 1 has a big property that cannot be read")]
    // GeoJSON4STJ reports the position of the feature that holds the bad geometry.
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[1,2]}}]}""",
        "area.geojson, line 1, position 39: not valid GeoJSON: \"coordinates\" array is not compatible with \"type\" value of \"Polygon\"")]
    public void Parse_Unusable_ThrowsNamingTheFileAndTheProblem(string json, string expected)
    {
        var ex = Assert.Throws<BoundaryDataException>(() => BoundaryFile.Parse(Encoding.UTF8.GetBytes(json), "area.geojson"));

        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PointAmongPolygons_NamesTheFeatureAndItsType()
    {
        const string json = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"WD25NM":"A"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[0,0]]]}},
              {"type":"Feature","properties":{"WD25NM":"B"},"geometry":{"type":"Point","coordinates":[1,2]}}]}
            """;

        var ex = Assert.Throws<BoundaryDataException>(() => BoundaryFile.Parse(Encoding.UTF8.GetBytes(json), "wards.geojson"));

        Assert.Equal("wards.geojson: feature 2 is a Point; only Polygon and MultiPolygon areas are supported.", ex.Message);
    }

    [Fact]
    public void Parse_MissingRequiredProperty_NamesTheFeatureThePropertyAndWhatItHas()
    {
        const string json = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"LSOA21CD":"E01024042"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[0,0]]]}},
              {"type":"Feature","properties":{"LSOA11CD":"E01024043","LSOA21CD":" "},"geometry":{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[0,0]]]}}]}
            """;

        var ex = Assert.Throws<BoundaryDataException>(() => BoundaryFile.Parse(Encoding.UTF8.GetBytes(json), "lsoa.geojson", "LSOA21CD"));

        Assert.Equal("lsoa.geojson: feature 2 has no LSOA21CD property; it has LSOA11CD, LSOA21CD.", ex.Message);
    }

    [Fact]
    public void Read_BrokenFile_MessageStartsWithThePath()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("wards.geojson", "{\"type\": \"FeatureCollection\", \"features\": [\n{\"type\": \"Feature\",\n\"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [0, 1]]] }}]}");

        var ex = Assert.Throws<BoundaryDataException>(() => BoundaryFile.Read(path));

        Assert.StartsWith(path + ": not valid GeoJSON: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_IsAConfigurationError() =>
        Assert.Contains("nowhere.geojson", Assert.Throws<ConfigurationException>(() => BoundaryFile.Read("nowhere.geojson")).Message, StringComparison.Ordinal);
}
