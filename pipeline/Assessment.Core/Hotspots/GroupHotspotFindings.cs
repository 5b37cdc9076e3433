using Assessment.Core.Spatial;

namespace Assessment.Core.Hotspots;

/// <summary>Everything the hotspot analysis found for one group of crime types. Parts that could not run are null or empty, with the reason in <see cref="Notes"/>.</summary>
public sealed record GroupHotspotFindings
{
    /// <summary>The group.</summary>
    public required AnalysisGroup Group { get; init; }

    /// <summary>The group's events in the assessment period's loaded months; 0 means there is nothing to analyse.</summary>
    public required double Events { get; init; }

    /// <summary>Of those, events at snap points outside the grid (in edge cells whose centre lies outside the area boundary).</summary>
    public required double EventsOutsideGrid { get; init; }

    /// <summary>
    /// Grid squares holding at least one of the assessment period's events (0 without events). Below
    /// <see cref="HotspotOptions.MinimumSquaresWithEvents"/> hotspots are not tested (<see cref="HotspotNote.TooFewPlaces"/>).
    /// </summary>
    public int SquaresWithEvents { get; init; }

    /// <summary>Gi* over the assessment period; null when there are no events, no grid, or too few squares with events to test.</summary>
    public required GiStarResult? GiStar { get; init; }

    /// <summary>Hot spot change between the matched windows; null when no months are matched or there are no events.</summary>
    public required GiStarChange? Change { get; init; }

    /// <summary>Gi* per classification period (e.g. quarter), oldest first; empty without a classification.</summary>
    public required IReadOnlyList<GiStarResult> PeriodGiStars { get; init; }

    /// <summary>Chainey category per grid cell over the classification periods; null without a classification.</summary>
    public required IReadOnlyList<CellClassification>? Classification { get; init; }

    /// <summary>Touching hot spot cells of the assessment period, most events first.</summary>
    public required IReadOnlyList<HotspotArea> Areas { get; init; }

    /// <summary>DBSCAN clusters of the assessment period.</summary>
    public required ClusterFindings Dbscan { get; init; }

    /// <summary>k-means clusters of the assessment period.</summary>
    public required ClusterFindings KMeans { get; init; }

    /// <summary>Clark–Evans index of the assessment period's events; null with fewer than two events or no study area.</summary>
    public required ClarkEvansResult? ClarkEvans { get; init; }

    /// <summary>
    /// Clark–Evans index of the distinct map points with records in the assessment period, each counted once; null
    /// when <see cref="ClarkEvans"/> is null or there are fewer than two map points. police.uk places many records on
    /// one map point, and such records are 0 m apart, so this figure says whether the clustering survives that.
    /// </summary>
    public ClarkEvansResult? ClarkEvansMapPoints { get; init; }

    /// <summary>Concentration over the area's LSOAs (zeros included); null without events.</summary>
    public required ConcentrationResult? LsoaConcentration { get; init; }

    /// <summary>Concentration over the area's snap points (every snap point with any record in either period); null without events.</summary>
    public required ConcentrationResult? SnapPointConcentration { get; init; }

    /// <summary>Events per ward, in the wards' order; empty without wards.</summary>
    public required IReadOnlyList<WardCount> WardCounts { get; init; }

    /// <summary>What could not be done, or was set aside, in the order it arose; the numbers each note needs are in these findings.</summary>
    public required IReadOnlyList<HotspotNote> Notes { get; init; }

    /// <summary>True when the group has events in the assessment period.</summary>
    public bool HasEvents => Events > 0;

    /// <summary>Hot spot cells at the analysis' significance level.</summary>
    public IReadOnlyList<GiStarCell> HotCells(double significanceLevel) => GiStar?.Hotspots(significanceLevel).ToArray() ?? [];
}
