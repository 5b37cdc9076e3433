using Assessment.Core.Model;

namespace Assessment.Core.Hotspots;

/// <summary>Everything <see cref="HotspotAnalysis.Run"/> needs.</summary>
/// <param name="AreaName">E.g. "Canterbury".</param>
/// <param name="Period">Assessment and comparison periods.</param>
/// <param name="LoadedMonths">
/// Months for which data were loaded (whether or not they hold in-area records). Months not listed are treated as
/// missing, never as zero: the two-period change uses only months loaded in both periods, and the classification over
/// time only periods whose every month is loaded.
/// </param>
/// <param name="Records">In-area records grouped by snap point, month, type, location and LSOA (see <see cref="SnapPointCount"/>); months outside both periods are ignored.</param>
/// <param name="Groups">
/// Crime-type groups to analyse, e.g. one per priority theme. "All crime and ASB" is analysed first unless a group
/// already covers every type. Names must give distinct ids (compared ignoring case and punctuation).
/// </param>
public sealed record HotspotInput(
    string AreaName,
    AssessmentPeriod Period,
    IReadOnlyCollection<YearMonth> LoadedMonths,
    IReadOnlyList<SnapPointCount> Records,
    IReadOnlyList<AnalysisGroup> Groups)
{
    /// <summary>Area, LSOA and ward polygons; none by default.</summary>
    public HotspotBoundaries Boundaries { get; init; } = HotspotBoundaries.None;

    /// <summary>
    /// The months compared, as the trend analysis judged them force by force (<see cref="Trends.ComparisonCoverage"/>);
    /// null takes every month in <see cref="LoadedMonths"/> as complete. The change between the periods uses only the
    /// pairs with no force left out, since map points are not split by force.
    /// </summary>
    public Trends.ComparisonCoverage? Comparison { get; init; }

    /// <summary>Analysis settings; the documented defaults when not given.</summary>
    public HotspotOptions Options { get; init; } = new();
}
