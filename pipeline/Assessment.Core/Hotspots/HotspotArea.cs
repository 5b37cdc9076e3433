using Assessment.Core.Clustering;
using Assessment.Core.Spatial;

namespace Assessment.Core.Hotspots;

/// <summary>
/// A run of touching hot spot cells (sharing an edge or a corner) in the assessment period: the unit the report
/// describes as "a hotspot around X".
/// </summary>
/// <param name="Rank">1 for the area with the most events, 2 for the next, …</param>
/// <param name="CellIndexes">Its grid cells (indexes into the grid's cells), ascending.</param>
/// <param name="Events">Events recorded in its cells.</param>
/// <param name="ShareOfEvents">Events / the group's events in the period.</param>
/// <param name="Centre">Event-weighted centre, BNG metres.</param>
/// <param name="CentreLonLat">The centre in WGS84.</param>
/// <param name="Ward">Ward holding the centre (or, when none does, the ward with most of its events); null without wards.</param>
/// <param name="Wards">Wards holding its events, most events first; empty without wards.</param>
/// <param name="TopPlaces">Its busiest snap points, most events first (ties: location text in ordinal order).</param>
/// <param name="TopLocations">Most frequent location texts over all its snap points, most events first.</param>
/// <param name="TopCrimeTypes">Most frequent crime types, most events first.</param>
/// <param name="MaxBand">Highest confidence band among its cells: 3 (99 %), 2 (95 %) or 1 (90 %).</param>
/// <param name="CellsByCategory">Its cells by Chainey category over the classification periods; empty when there is no classification.</param>
/// <param name="CellsHotInComparison">Its cells that were hot spots in the matched comparison months too; null when no months are matched.</param>
/// <param name="MatchedComparisonEvents">Events in its cells in the matched comparison months; null when no months are matched.</param>
/// <param name="MatchedCurrentEvents">Events in its cells in the matched assessment months; null when no months are matched.</param>
public sealed record HotspotArea(
    int Rank,
    IReadOnlyList<int> CellIndexes,
    double Events,
    double ShareOfEvents,
    GridCoordinate Centre,
    LonLat CentreLonLat,
    string? Ward,
    IReadOnlyList<WardCount> Wards,
    IReadOnlyList<PlaceCount> TopPlaces,
    IReadOnlyList<TagCount> TopLocations,
    IReadOnlyList<TagCount> TopCrimeTypes,
    int MaxBand,
    IReadOnlyDictionary<HotspotCategory, int> CellsByCategory,
    int? CellsHotInComparison,
    double? MatchedComparisonEvents,
    double? MatchedCurrentEvents)
{
    /// <summary>Area covered by its cells, square metres.</summary>
    public double AreaSquareMetres(double cellSize) => CellIndexes.Count * cellSize * cellSize;

    /// <summary>The most frequent location text, or null.</summary>
    public string? TopLocation => TopLocations.Count > 0 ? TopLocations[0].Tag : null;

    /// <summary>
    /// Its squares per Chainey category, most squares first (equal counts in the order of <see cref="HotspotCategory"/>),
    /// squares of no pattern included; empty without a classification. The report shows the whole mix ("2 persistent,
    /// 2 former") rather than picking one category for a hotspot whose squares differ.
    /// </summary>
    public IReadOnlyList<KeyValuePair<HotspotCategory, int>> CategoryMix => CellsByCategory
        .Where(c => c.Value > 0)
        .OrderByDescending(c => c.Value).ThenBy(c => c.Key)
        .ToArray();

    /// <summary>The category every one of its squares has, or null when they differ or there is no classification.</summary>
    public HotspotCategory? SharedCategory => CategoryMix is [var only] ? only.Key : null;
}
