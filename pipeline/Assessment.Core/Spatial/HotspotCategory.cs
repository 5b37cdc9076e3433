namespace Assessment.Core.Spatial;

/// <summary>Chainey's hot spot categories over several periods (as in the R package sfhotspot's hotspot_classify).</summary>
public enum HotspotCategory
{
    /// <summary>Significant in neither direction often enough to classify.</summary>
    NoPattern,

    /// <summary>Significantly hot in at least the persistent proportion (default 80 %) of all periods.</summary>
    PersistentHotspot,

    /// <summary>Rarely hot before (below the hot spot proportion) but hot in at least the recent proportion of recent periods.</summary>
    EmergingHotspot,

    /// <summary>Hot in at least the hot spot proportion of older periods but below it in recent periods.</summary>
    FormerHotspot,

    /// <summary>Hot in at least the hot spot proportion (default 10 %) of periods, fitting no category above.</summary>
    IntermittentHotspot,

    /// <summary>Cold counterpart of <see cref="PersistentHotspot"/>.</summary>
    PersistentColdspot,

    /// <summary>Cold counterpart of <see cref="EmergingHotspot"/>.</summary>
    EmergingColdspot,

    /// <summary>Cold counterpart of <see cref="FormerHotspot"/>.</summary>
    FormerColdspot,

    /// <summary>Cold counterpart of <see cref="IntermittentHotspot"/>.</summary>
    IntermittentColdspot,

    /// <summary>Qualifies as some kind of hot spot and some kind of cold spot in different periods.</summary>
    MixedHotAndColdspot,
}
