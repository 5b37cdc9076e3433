namespace Assessment.Core.Spatial;

/// <summary>Thresholds for <see cref="HotspotClassifier.Classify"/>; defaults are sfhotspot's. Proportions are in (0, 1).</summary>
public sealed record HotspotClassifierOptions
{
    /// <summary>Minimum share of periods significant before a cell is any kind of hot (or cold) spot.</summary>
    public double HotspotProportion { get; init; } = 0.1;

    /// <summary>Minimum share of all periods significant for a persistent hot (or cold) spot.</summary>
    public double PersistentProportion { get; init; } = 0.8;

    /// <summary>Share of periods, the latest ones, treated as recent: ⌊RecentProportion × periods⌋, at least 1.</summary>
    public double RecentProportion { get; init; } = 0.2;

    /// <summary>A cell is significant in a period when its Gi* q-value (FDR-adjusted across cells) is below this.</summary>
    public double CriticalP { get; init; } = 0.05;

    internal void Validate()
    {
        Check(HotspotProportion, nameof(HotspotProportion));
        Check(PersistentProportion, nameof(PersistentProportion));
        Check(RecentProportion, nameof(RecentProportion));
        Check(CriticalP, nameof(CriticalP));
    }

    private static void Check(double value, string name)
    {
        if (!(value > 0 && value < 1)) throw new ArgumentOutOfRangeException(name, value, $"{name} must be greater than 0 and less than 1.");
    }
}
