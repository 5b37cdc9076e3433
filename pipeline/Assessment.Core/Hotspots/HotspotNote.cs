namespace Assessment.Core.Hotspots;

/// <summary>
/// Something the hotspot analysis could not do, or set aside, for one group (<see cref="GroupHotspotFindings.Notes"/>)
/// or for the whole area (<see cref="HotspotFindings.Notes"/>). The findings hold the numbers; the report words each
/// note (<c>Reporting.Sections.HotspotNoteWording</c>).
/// </summary>
public enum HotspotNote
{
    /// <summary>No month of the assessment period is loaded, so nothing was analysed.</summary>
    NoMonthLoaded,

    /// <summary>The group has no records in the assessment period.</summary>
    NoEvents,

    /// <summary>
    /// <see cref="GroupHotspotFindings.EventsOutsideGrid"/> of the group's records are at map points in edge cells whose
    /// centre lies outside the boundary: left out of Gi*, kept in clusters and concentration.
    /// </summary>
    EventsOutsideGrid,

    /// <summary>No loaded month of the assessment period has its month of the comparison period loaded, so change is not assessed.</summary>
    NoMatchedMonths,

    /// <summary>Hotspots are not classified over time, for <see cref="HotspotPeriods.ClassificationGap"/>.</summary>
    NotClassified,

    /// <summary>k-means did not run, for the group's <see cref="ClusterFindings.Unavailable"/>.</summary>
    KMeansNotRun,

    /// <summary>Clark–Evans needs at least two records.</summary>
    ClarkEvansTooFewEvents,

    /// <summary>Clark–Evans needs a study area, and without a boundary the records span none (fewer than three distinct points, or all in a line).</summary>
    ClarkEvansNoStudyArea,

    /// <summary>
    /// The group's events lie in fewer than <see cref="HotspotOptions.MinimumSquaresWithEvents"/> grid squares
    /// (<see cref="GroupHotspotFindings.SquaresWithEvents"/>), so hotspots cannot be tested: no Gi*, change, classification
    /// or Clark–Evans, and no hotspot is written.
    /// </summary>
    TooFewPlaces,

    /// <summary>No LSOA code was given or recorded, so concentration over LSOAs is not measured.</summary>
    NoLsoaCodes,

    /// <summary>Area-wide: <see cref="HotspotFindings.RecordsAtZeroCoordinates"/> records at (0, 0), police.uk's mark for records it could not place, were left out.</summary>
    RecordsAtZeroCoordinates,

    /// <summary>Area-wide: <see cref="HotspotFindings.RecordsOutsideGreatBritain"/> records whose point lies outside Great Britain's extent (<see cref="StrayPoints"/>) were left out.</summary>
    RecordsOutsideGreatBritain,

    /// <summary>Area-wide: <see cref="HotspotFindings.RecordsFarFromLsoa"/> records whose point lies more than <see cref="StrayPoints.MaxMetresFromLsoa"/> metres from their own LSOA were left out.</summary>
    RecordsFarFromLsoa,

    /// <summary>Area-wide: no boundary was given, so the grid covers the records' extent and Clark–Evans uses their convex hull.</summary>
    NoAreaBoundary,
}
