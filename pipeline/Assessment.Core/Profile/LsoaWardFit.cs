using Assessment.Core.Geography;
using Assessment.Core.Trends;

namespace Assessment.Core.Profile;

/// <summary>
/// Puts each LSOA wholly in one ward, for ward populations summed from LSOAs: the ward holding the LSOA's centroid,
/// or, when the centroid falls outside the LSOA (a crescent-shaped LSOA), a point inside it. LSOAs do not nest in
/// wards, so a ward's population so built is a best fit, not the ward's own estimate.
/// </summary>
public static class LsoaWardFit
{
    /// <summary>LSOA code → ward, for the LSOAs whose point lies in some ward; the others are left out.</summary>
    /// <param name="lsoas">LSOA polygons (WGS84) with their code in <paramref name="codeProperty"/>.</param>
    /// <param name="codeProperty">The code property, e.g. "LSOA21CD".</param>
    /// <param name="wards">The wards.</param>
    public static IReadOnlyDictionary<string, Ward> Assign(IReadOnlyList<BoundaryFeature> lsoas, string codeProperty, WardLocator wards)
    {
        ArgumentNullException.ThrowIfNull(lsoas);
        ArgumentNullException.ThrowIfNull(wards);
        var fit = new Dictionary<string, Ward>(StringComparer.Ordinal);
        foreach (var lsoa in lsoas)
        {
            if (lsoa.Property(codeProperty)?.Trim() is not { Length: > 0 } code) continue;
            var centroid = lsoa.Geometry.Centroid;
            var point = lsoa.Geometry.Covers(centroid) ? centroid : lsoa.Geometry.InteriorPoint;
            if (wards.Locate(point.X, point.Y) is { } ward) fit.TryAdd(code, ward);
        }
        return fit;
    }
}
