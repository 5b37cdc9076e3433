using Assessment.Core.Geography;
using Assessment.Files.Configuration;

namespace Assessment.Files.Geography;

/// <summary>Reads a GeoJSON boundary file (Polygon and MultiPolygon features, WGS84).</summary>
public static class BoundaryFile
{
    public static IReadOnlyList<GeoJsonFeature> Read(string path)
    {
        if (!File.Exists(path)) throw new ConfigurationException($"Boundary file not found: {path}");
        return GeoJsonPolygonReader.Read(File.ReadAllText(path), path);
    }
}
