namespace Assessment.Core.Trends;

/// <summary>Located records at one map point, split by whether their LSOA puts them in the area.</summary>
/// <param name="Longitude">WGS84 longitude, degrees.</param>
/// <param name="Latitude">WGS84 latitude, degrees.</param>
/// <param name="InArea">Records at the point whose LSOA is in the area.</param>
/// <param name="OutsideArea">Records at the point whose LSOA is outside the area (in the same files).</param>
public sealed record PointRecordCount(double Longitude, double Latitude, long InArea, long OutsideArea);
