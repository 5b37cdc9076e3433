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
    /// The category most of its cells share (ties: persistent, emerging, intermittent, former, in that order of preference);
    /// null without a classification or when no cell has a hot category.
    /// </summary>
    public HotspotCategory? DominantCategory => CellsByCategory
        .Where(c => c.Key is not HotspotCategory.NoPattern && c.Value > 0)
        .OrderByDescending(c => c.Value).ThenBy(c => Preference(c.Key))
        .Select(c => (HotspotCategory?)c.Key).FirstOrDefault();

    private static int Preference(HotspotCategory category) => category switch
    {
        HotspotCategory.PersistentHotspot => 0,
        HotspotCategory.EmergingHotspot => 1,
        HotspotCategory.IntermittentHotspot => 2,
        HotspotCategory.FormerHotspot => 3,
        _ => 4,
    };
}
