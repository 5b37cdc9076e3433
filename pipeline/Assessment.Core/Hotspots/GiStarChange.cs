using Assessment.Core.Spatial;

namespace Assessment.Core.Hotspots;

/// <summary>Hot spot cells in the matched comparison months against the matched assessment months (the same calendar months a period apart).</summary>
/// <param name="Comparison">Gi* over the matched comparison months.</param>
/// <param name="Current">Gi* over the matched assessment months.</param>
/// <param name="Cells">New, continuing, ceased or no hot spot, per grid cell.</param>
public sealed record GiStarChange(GiStarResult Comparison, GiStarResult Current, IReadOnlyList<CellChange> Cells)
{
    /// <summary>Events counted in the grid in the matched comparison months.</summary>
    public double ComparisonEvents => Comparison.Cells.Sum(c => c.Value);

    /// <summary>Events counted in the grid in the matched assessment months.</summary>
    public double CurrentEvents => Current.Cells.Sum(c => c.Value);

    /// <summary>Cells hot in both windows.</summary>
    public int Continuing => Cells.Count(c => c.Change == HotspotChange.ContinuingHotspot);

    /// <summary>Cells hot only in the assessment window.</summary>
    public int New => Cells.Count(c => c.Change == HotspotChange.NewHotspot);

    /// <summary>Cells hot only in the comparison window.</summary>
    public int Ceased => Cells.Count(c => c.Change == HotspotChange.CeasedHotspot);
}
