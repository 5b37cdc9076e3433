using Assessment.Core.Configuration;
using Assessment.Core.Geography;
using NetTopologySuite.Geometries;

namespace Assessment.Files.Geography;

/// <summary>
/// The 2011↔2021 LSOA lookup of a run and the LSOA polygons that place the rows of split LSOAs: ONS's exact-fit lookup
/// when <c>area.lsoa_lookup</c> is given, else one derived from <c>area.lsoa_lookup_boundaries</c> by overlap
/// (<see cref="LsoaOverlapLookup"/>), else none.
/// </summary>
/// <param name="Lookup">The lookup, or null when neither is configured.</param>
/// <param name="Polygons2011">2011 LSOA polygons by LSOA11CD from the lookup boundaries (empty without them).</param>
/// <param name="Polygons2021">2021 LSOA polygons by LSOA21CD: the lookup boundaries', else the <c>boundaries.lsoa</c> file's (empty without either).</param>
public sealed record LsoaVintageInputs(LsoaVintageLookup? Lookup, IReadOnlyDictionary<string, Geometry> Polygons2011, IReadOnlyDictionary<string, Geometry> Polygons2021)
{
    /// <summary>Reads what <paramref name="area"/> configures.</summary>
    /// <param name="area">The area settings, with the lookup's paths.</param>
    /// <param name="lsoaBoundaryPath">The run's 2021 LSOA boundary file (<c>boundaries.lsoa</c>), or null.</param>
    /// <exception cref="Configuration.ConfigurationException">A file is missing, or the lookup CSV is malformed.</exception>
    /// <exception cref="BoundaryDataException">A boundary file cannot be read, or the two vintages' files share no LSOA and overlap nowhere.</exception>
    public static LsoaVintageInputs Load(AreaSettings area, string? lsoaBoundaryPath)
    {
        ArgumentNullException.ThrowIfNull(area);
        var lsoa11 = area.Lsoa11BoundaryPaths.SelectMany(p => BoundaryFile.Read(p, "LSOA11CD")).ToList();
        var lsoa21 = area.Lsoa21BoundaryPaths.SelectMany(p => BoundaryFile.Read(p, "LSOA21CD")).ToList();
        LsoaVintageLookup? lookup = null;
        if (area.LsoaLookupPath is { } path) lookup = LsoaLookupFile.Read(path);
        else if (lsoa11.Count > 0 && lsoa21.Count > 0)
        {
            var names = string.Join(", ", area.Lsoa11BoundaryPaths.Concat(area.Lsoa21BoundaryPaths).Select(ShortName).Distinct());
            lookup = LsoaOverlapLookup.Derive(lsoa11, lsoa21, $"derived by overlap from the 2011 and 2021 LSOA boundaries ({names})");
        }
        if (lookup is null) return new LsoaVintageInputs(null, new Dictionary<string, Geometry>(), new Dictionary<string, Geometry>());
        if (lsoa21.Count == 0 && lsoaBoundaryPath is not null) lsoa21 = [.. BoundaryFile.Read(lsoaBoundaryPath).Where(f => f.Property("LSOA21CD") is not null)];
        return new LsoaVintageInputs(lookup, ByCode(lsoa11, "LSOA11CD"), ByCode(lsoa21, "LSOA21CD"));
    }

    /// <summary>The polygons of <paramref name="vintage"/>, by code.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Neither 2011 nor 2021.</exception>
    public IReadOnlyDictionary<string, Geometry> PolygonsOf(LsoaVintage vintage) => vintage switch
    {
        LsoaVintage.Census2011 => Polygons2011,
        LsoaVintage.Census2021 => Polygons2021,
        _ => throw new ArgumentOutOfRangeException(nameof(vintage), vintage, "LSOA polygons are of 2011 or 2021."),
    };

    /// <summary>"lsoa11/E07000107.geojson": one file per district has the same name in both vintages' folders.</summary>
    private static string ShortName(string path) => $"{Path.GetFileName(Path.GetDirectoryName(path))}/{Path.GetFileName(path)}";

    private static Dictionary<string, Geometry> ByCode(IEnumerable<BoundaryFeature> features, string property)
    {
        var byCode = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        foreach (var f in features) byCode.TryAdd(f.Property(property)!.Trim(), f.Geometry);
        return byCode;
    }
}
