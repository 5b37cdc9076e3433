namespace Assessment.Core.Results;

/// <summary>
/// One hotspot area (touching hot grid squares) of one analysis group. <see cref="Identity"/> is what a later run
/// compares: the group's key with the ward code of its centre when wards are known, otherwise with the police.uk location
/// text of its busiest map point (police.uk's anonymised "On or near …" points are fixed places, stable between years).
/// </summary>
/// <param name="Identity">"&lt;group key&gt;@&lt;ward code&gt;" or "&lt;group key&gt;@&lt;location text&gt;".</param>
/// <param name="GroupKey">The analysis group's key: "All crime and ASB" or a priority's id.</param>
/// <param name="GroupName">The group's name.</param>
/// <param name="Rank">1 for the group's hotspot with most records.</param>
/// <param name="Count">Records in its squares in the assessment period.</param>
/// <param name="ShareOfGroup">Its records as a fraction of the group's, 0–1.</param>
/// <param name="WardCode">ONS code of the ward at its centre; null without wards.</param>
/// <param name="WardName">That ward's name; null without wards.</param>
/// <param name="TopLocation">Most frequent police.uk location text; null when none.</param>
/// <param name="Longitude">Record-weighted centre, WGS84 degrees.</param>
/// <param name="Latitude">Record-weighted centre, WGS84 degrees.</param>
public sealed record HotspotResult(
    string Identity,
    string GroupKey,
    string GroupName,
    int Rank,
    long Count,
    double ShareOfGroup,
    string? WardCode,
    string? WardName,
    string? TopLocation,
    double Longitude,
    double Latitude);
