using Assessment.Core.Model;

namespace Assessment.Core.Hotspots;

/// <summary>
/// In-area police.uk records that share one snap point, month, crime type, location text and LSOA, with how many there are.
/// police.uk moves every record to the nearest of its anonymous map points, so this is the finest grouping the data allow.
/// </summary>
/// <param name="Longitude">WGS84 longitude of the snap point, degrees.</param>
/// <param name="Latitude">WGS84 latitude of the snap point, degrees.</param>
/// <param name="Month">The records' month.</param>
/// <param name="CrimeType">police.uk crime type, e.g. "Violence and sexual offences".</param>
/// <param name="Location">police.uk location text, e.g. "On or near High Street"; null when blank.</param>
/// <param name="LsoaCode">2021 LSOA code of the snap point, or null when blank.</param>
/// <param name="Count">Records in the group, at least 1.</param>
public sealed record SnapPointCount(double Longitude, double Latitude, YearMonth Month, string CrimeType, string? Location, string? LsoaCode, long Count);
