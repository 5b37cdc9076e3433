using System.Text.Json;
using Assessment.Core.Geography;
using Assessment.Core.Spatial;
using Assessment.Files.Geography;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Assessment.Files.Tests.Geography;

/// <summary>
/// Boundary files in the wrong coordinate system are refused with the file named: the real Canterbury wards
/// reprojected to British National Grid metres, and with longitude and latitude swapped.
/// </summary>
public sealed class BoundaryCoordinateTests : IDisposable
{
    private static readonly string WardFile = Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-wards-2025.geojson");

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private string Write(string name, Func<Geometry, Geometry> transform)
    {
        var collection = new FeatureCollection();
        foreach (var f in BoundaryFile.Read(WardFile))
            collection.Add(new Feature(transform(f.Geometry), new AttributesTable(f.Properties.ToDictionary(p => p.Key, p => (object?)p.Value))));
        var path = folder.Combine(name);
        File.WriteAllText(path, JsonSerializer.Serialize(collection, new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } }));
        return path;
    }

    [Fact]
    public void Read_BritishNationalGridMetres_IsRefusedNamingTheFileAndTheSystem()
    {
        var path = Write("wards-bng.geojson", BritishNationalGrid.ToGrid);

        var ex = Assert.Throws<BoundaryDataException>(() => BoundaryFile.Read(path));

        Assert.StartsWith(path + ": the coordinates (x 6", ex.Message, StringComparison.Ordinal);
        Assert.Contains("British National Grid", ex.Message, StringComparison.Ordinal);
        Assert.Contains("EPSG:4326", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LatitudeAndLongitudeSwapped_IsRefusedNamingTheFile()
    {
        var path = Write("wards-swapped.geojson", g =>
        {
            var copy = g.Copy();
            copy.Apply(new SwapXy());
            return copy;
        });

        var ex = Assert.Throws<BoundaryDataException>(() => BoundaryFile.Read(path));

        Assert.StartsWith(path + ": the coordinates (x 51.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("latitude and longitude swapped", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TheSameFileInLongitudeAndLatitude_IsRead()
    {
        var path = Write("wards.geojson", g => g);

        Assert.Equal(21, BoundaryFile.Read(path).Count);
    }

    private sealed class SwapXy : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var x = seq.GetX(i);
            seq.SetX(i, seq.GetY(i));
            seq.SetY(i, x);
        }
    }
}
