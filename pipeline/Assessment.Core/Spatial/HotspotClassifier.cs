namespace Assessment.Core.Spatial;

/// <summary>
/// Classifies grid cells by how their Gi* hot/cold spot status behaves over time: Chainey's (2014) scheme as implemented
/// by sfhotspot's hotspot_classify (Ashby) for four or more periods, and a plain new/continuing/ceased comparison for two.
/// A cell is significant in a period when its Gi* q-value (Benjamini–Hochberg across that period's cells) is below the
/// critical p; hot when z &gt; 0, cold when z &lt; 0.
/// </summary>
public static class HotspotClassifier
{
    /// <summary>Fewest periods for which shares of periods mean anything.</summary>
    public const int MinimumPeriods = 4;

    /// <summary>
    /// Chainey categories, evaluated in this order for hot and cold separately:
    /// persistent (share of all periods ≥ persistent proportion); emerging (older share &lt; hot spot proportion and
    /// recent share ≥ recent proportion); former (older share ≥ hot spot proportion and recent share &lt; hot spot proportion);
    /// intermittent (share of all periods ≥ hot spot proportion); a cell that gets both a hot and a cold category is mixed.
    /// The recent periods are the last ⌊recent proportion × periods⌋ (at least one); the rest are older. sfhotspot's code
    /// sums one extra period into its recent share; this follows its documented definition instead.
    /// </summary>
    /// <param name="periods">Gi* per period on the same grid layout, oldest first; at least <see cref="MinimumPeriods"/>.</param>
    /// <param name="options">Proportions and critical p; null for sfhotspot's defaults (<see cref="HotspotClassifierOptions"/>).</param>
    /// <returns>One classification per grid cell, in cell order.</returns>
    /// <exception cref="ArgumentException">Fewer than <see cref="MinimumPeriods"/> periods, or periods on different grid layouts.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is not strictly between 0 and 1.</exception>
    public static IReadOnlyList<CellClassification> Classify(IReadOnlyList<GiStarResult> periods, HotspotClassifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(periods);
        options ??= new HotspotClassifierOptions();
        options.Validate();
        if (periods.Count < MinimumPeriods)
            throw new ArgumentException($"Hot spot classification needs at least {MinimumPeriods} periods, got {periods.Count}; for two periods use {nameof(CompareTwoPeriods)}.", nameof(periods));
        var grid = periods[0].Grid;
        if (periods.Any(p => !p.Grid.IsSameLayout(grid))) throw new ArgumentException("Every period must be on the same grid layout.", nameof(periods));

        var total = periods.Count;
        var recent = Math.Max(1, (int)Math.Floor(options.RecentProportion * total));
        var older = total - recent;
        var result = new CellClassification[grid.Cells.Count];
        for (var cell = 0; cell < result.Length; cell++)
        {
            int hot = 0, cold = 0, recentHot = 0, recentCold = 0;
            for (var t = 0; t < total; t++)
            {
                var c = periods[t].Cells[cell];
                var isRecent = t >= older;
                if (c.IsHot(options.CriticalP)) { hot++; if (isRecent) recentHot++; }
                if (c.IsCold(options.CriticalP)) { cold++; if (isRecent) recentCold++; }
            }
            var hotCategory = Categorise(hot, recentHot, total, recent, options);
            var coldCategory = Categorise(cold, recentCold, total, recent, options);
            var category = (hotCategory, coldCategory) switch
            {
                (Kind.None, Kind.None) => HotspotCategory.NoPattern,
                (_, Kind.None) => HotCategory(hotCategory),
                (Kind.None, _) => ColdCategory(coldCategory),
                _ => HotspotCategory.MixedHotAndColdspot,
            };
            result[cell] = new CellClassification(cell, category, (double)hot / total, (double)cold / total,
                (double)recentHot / recent, (double)(hot - recentHot) / older);
        }
        return result;
    }

    /// <summary>
    /// Compares two periods cell by cell: new (hot now, not before), continuing (hot in both), ceased (hot before, not now).
    /// Hot means z &gt; 0 and q &lt; <paramref name="criticalP"/>.
    /// </summary>
    /// <param name="previous">Gi* for the earlier period.</param>
    /// <param name="current">Gi* for the later period, on the same grid layout.</param>
    /// <param name="criticalP">Threshold on the Benjamini–Hochberg q-value, strictly between 0 and 1 (default 0.05).</param>
    /// <returns>One change per grid cell, in cell order.</returns>
    /// <exception cref="ArgumentException">The periods are on different grid layouts.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criticalP"/> is not strictly between 0 and 1.</exception>
    public static IReadOnlyList<CellChange> CompareTwoPeriods(GiStarResult previous, GiStarResult current, double criticalP = 0.05)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        if (!(criticalP > 0 && criticalP < 1)) throw new ArgumentOutOfRangeException(nameof(criticalP), criticalP, "The critical p must be greater than 0 and less than 1.");
        if (!previous.Grid.IsSameLayout(current.Grid)) throw new ArgumentException("Both periods must be on the same grid layout.", nameof(current));
        var changes = new CellChange[current.Cells.Count];
        for (var i = 0; i < changes.Length; i++)
        {
            var before = previous.Cells[i];
            var now = current.Cells[i];
            var change = (before.IsHot(criticalP), now.IsHot(criticalP)) switch
            {
                (false, true) => HotspotChange.NewHotspot,
                (true, true) => HotspotChange.ContinuingHotspot,
                (true, false) => HotspotChange.CeasedHotspot,
                _ => HotspotChange.NotHotspot,
            };
            changes[i] = new CellChange(i, change, before, now);
        }
        return changes;
    }

    private enum Kind { None, Persistent, Emerging, Former, Intermittent }

    private static Kind Categorise(int significant, int recentSignificant, int total, int recent, HotspotClassifierOptions o)
    {
        var older = total - recent;
        var share = (double)significant / total;
        var recentShare = (double)recentSignificant / recent;
        var olderShare = (double)(significant - recentSignificant) / older;
        if (share >= o.PersistentProportion) return Kind.Persistent;
        if (olderShare < o.HotspotProportion && recentShare >= o.RecentProportion) return Kind.Emerging;
        if (olderShare >= o.HotspotProportion && recentShare < o.HotspotProportion) return Kind.Former;
        if (share >= o.HotspotProportion) return Kind.Intermittent;
        return Kind.None;
    }

    private static HotspotCategory HotCategory(Kind kind) => kind switch
    {
        Kind.Persistent => HotspotCategory.PersistentHotspot,
        Kind.Emerging => HotspotCategory.EmergingHotspot,
        Kind.Former => HotspotCategory.FormerHotspot,
        _ => HotspotCategory.IntermittentHotspot,
    };

    private static HotspotCategory ColdCategory(Kind kind) => kind switch
    {
        Kind.Persistent => HotspotCategory.PersistentColdspot,
        Kind.Emerging => HotspotCategory.EmergingColdspot,
        Kind.Former => HotspotCategory.FormerColdspot,
        _ => HotspotCategory.IntermittentColdspot,
    };
}
