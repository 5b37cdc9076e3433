namespace Assessment.Core.Hotspots;

/// <summary>Why a snap point was left out of the maps and hotspot tests (<see cref="StrayPoints"/>).</summary>
public enum PointLeftOutReason
{
    /// <summary>At (0, 0): police.uk's mark for a record it could not place near any map point.</summary>
    ZeroCoordinates,

    /// <summary>Outside Great Britain's extent, e.g. longitude and latitude swapped.</summary>
    OutsideGreatBritain,

    /// <summary>More than <see cref="StrayPoints.MaxMetresFromLsoa"/> metres from the polygon of the LSOA the records name.</summary>
    FarFromLsoa,
}
