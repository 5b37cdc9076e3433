namespace Assessment.Core.Spatial;

/// <summary>How a cell's hot spot status changed between two periods.</summary>
public enum HotspotChange
{
    /// <summary>A significant hot spot in neither period.</summary>
    NotHotspot,

    /// <summary>Not a hot spot in the previous period, a hot spot in the current one.</summary>
    NewHotspot,

    /// <summary>A hot spot in both periods.</summary>
    ContinuingHotspot,

    /// <summary>A hot spot in the previous period, not in the current one.</summary>
    CeasedHotspot,
}
