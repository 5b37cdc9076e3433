using Assessment.Core.Geography;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Hotspots;

/// <summary>
/// The polygons the hotspot analysis uses, all in WGS84 (x = longitude, y = latitude). Each is optional:
/// without an area boundary the grid covers the points' extent and Clark–Evans uses their convex hull; without LSOAs
/// concentration over LSOAs counts only LSOAs that have records; without wards places are described by location text alone.
/// </summary>
/// <param name="Area">The partnership area (clips the grid: cells whose centre is outside are excluded), or null.</param>
/// <param name="Lsoas">The area's LSOA polygons (units for concentration, zeros included), or null.</param>
/// <param name="Wards">
/// The area's ward polygons with ONS ward code and name properties (any vintage's WDyyCD and WDyyNM), placed by
/// <see cref="Trends.WardLocator"/> to say which ward a hot spot is in and to count per ward; or null.
/// </param>
public sealed record HotspotBoundaries(Geometry? Area, IReadOnlyList<BoundaryFeature>? Lsoas, IReadOnlyList<BoundaryFeature>? Wards)
{
    /// <summary>No polygons at all.</summary>
    public static HotspotBoundaries None { get; } = new(null, null, null);

    /// <summary>Property holding an LSOA's code (default "LSOA21CD", as in ONS 2021 LSOA files).</summary>
    public string LsoaCodeProperty { get; init; } = "LSOA21CD";

    /// <summary>The area as the union of its LSOAs (see <see cref="BoundaryFeature.Dissolve"/>), with LSOAs and wards as given.</summary>
    /// <param name="lsoas">The area's LSOA features; at least one.</param>
    /// <param name="wards">The area's ward features, or null.</param>
    public static HotspotBoundaries FromLsoas(IReadOnlyList<BoundaryFeature> lsoas, IReadOnlyList<BoundaryFeature>? wards)
    {
        ArgumentNullException.ThrowIfNull(lsoas);
        return new HotspotBoundaries(BoundaryFeature.Dissolve(lsoas, "LSOA boundaries"), lsoas, wards);
    }
}
