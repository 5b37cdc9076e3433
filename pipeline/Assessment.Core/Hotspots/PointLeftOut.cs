using Assessment.Core.Model;

namespace Assessment.Core.Hotspots;

/// <summary>
/// One map point (with the LSOA its records name) left out of the spatial analysis, so an analyst can find the rows and
/// ask the force to correct them. Its records are still counted in the trends, which place records by their LSOA.
/// </summary>
/// <param name="Longitude">WGS84 longitude as published, degrees.</param>
/// <param name="Latitude">WGS84 latitude as published, degrees.</param>
/// <param name="LsoaCode">The LSOA code the records carry; null when blank.</param>
/// <param name="Reason">Why the point was left out.</param>
/// <param name="MetresFromLsoa">Distance on the British National Grid from the point to its LSOA's polygon, metres; null unless <see cref="PointLeftOutReason.FarFromLsoa"/>.</param>
/// <param name="Records">Records at the point in the months analysed, at least 1.</param>
/// <param name="FirstMonth">Earliest month with a record at the point.</param>
/// <param name="LastMonth">Latest month with a record at the point.</param>
public sealed record PointLeftOut(double Longitude, double Latitude, string? LsoaCode, PointLeftOutReason Reason, double? MetresFromLsoa,
    long Records, YearMonth FirstMonth, YearMonth LastMonth);
