using Assessment.Core.Spatial;

namespace Assessment.Core.Hotspots;

/// <summary>The result of <see cref="HotspotAnalysis.Run"/>: the shared grid and periods, and one set of findings per group.</summary>
/// <param name="AreaName">E.g. "Canterbury".</param>
/// <param name="Options">The settings used.</param>
/// <param name="Periods">The months each part used.</param>
/// <param name="Grid">The Gi* grid shared by every group and period; null when there was neither a boundary nor any point.</param>
/// <param name="AreaSquareMetres">The study area used by Clark–Evans (the boundary, else the convex hull of the snap points); null when there is none.</param>
/// <param name="LsoaUnits">LSOAs counted as units of concentration (with or without records).</param>
/// <param name="SnapPointUnits">Snap points counted as units of concentration.</param>
/// <param name="Groups">Findings per group, "All crime and ASB" first.</param>
/// <param name="Notes">Notes that apply to every group (records set aside, no boundary), in the order they arose.</param>
public sealed record HotspotFindings(
    string AreaName,
    HotspotOptions Options,
    HotspotPeriods Periods,
    SquareGrid? Grid,
    double? AreaSquareMetres,
    int LsoaUnits,
    int SnapPointUnits,
    IReadOnlyList<GroupHotspotFindings> Groups,
    IReadOnlyList<HotspotNote> Notes)
{
    /// <summary>Records (in either period) at coordinates (0, 0), police.uk's mark for a record it could not place; left out of the analysis.</summary>
    public long RecordsAtZeroCoordinates { get; init; }

    /// <summary>
    /// Records (in either period) whose point lies outside Great Britain's extent (<see cref="StrayPoints"/>), other than at
    /// (0, 0); left out of the analysis but still counted in the trends, which place records by their LSOA.
    /// </summary>
    public long RecordsOutsideGreatBritain { get; init; }

    /// <summary>
    /// Records (in either period) whose point lies more than <see cref="StrayPoints.MaxMetresFromLsoa"/> metres from the
    /// polygon of their own LSOA; 0 without LSOA polygons. Left out of the analysis but still counted in the trends.
    /// </summary>
    public long RecordsFarFromLsoa { get; init; }

    /// <summary>
    /// Every map point left out of the analysis (at (0, 0), outside Great Britain, or far from its own LSOA), with its
    /// records; most records first. The record counts add up to the three totals above.
    /// </summary>
    public IReadOnlyList<PointLeftOut> PointsLeftOut { get; init; } = [];

    /// <summary>The findings for the group named <paramref name="name"/> (ordinal, ignoring case); throws when there is none.</summary>
    public GroupHotspotFindings Group(string name) =>
        Groups.FirstOrDefault(g => string.Equals(g.Group.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"There are no hotspot findings for \"{name}\"; groups are: {string.Join(", ", Groups.Select(g => g.Group.Name))}.", nameof(name));

    /// <summary>
    /// A stable id for a grid cell from its south-west corner in whole metres, e.g. "E614250N157500": the same cell has
    /// the same id in every run with the same cell size.
    /// </summary>
    public static string CellId(GridCell cell) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"E{Math.Round(cell.MinEasting):0}N{Math.Round(cell.MinNorthing):0}");
}
