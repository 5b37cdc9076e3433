using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>
/// Shares of rows without a location, force by force, over the force-months compared. Such rows have no LSOA, so they
/// are never counted in any area: a rise in a force's share between the periods lowers the area's counts with no
/// change in crime. <see cref="YearOnYear"/> uses <see cref="NoLocationShift.LocatedRatio"/> to decide whether that
/// artefact could change a comparison's verdict. The shares are the force's whole files' (police.uk gives no area
/// for these rows), over every crime type: the per-file counts hold no crime type.
/// </summary>
public static class NoLocationCheck
{
    /// <summary>
    /// One entry per force compared in some pair of <paramref name="coverage"/>, from the files of the force-months
    /// compared (each pair counted only for the forces compared in it); ordered by force.
    /// </summary>
    /// <param name="coverage">The months and forces compared.</param>
    /// <param name="quality">Per-file counts: rows loaded and rows without a location.</param>
    public static IReadOnlyList<NoLocationShift> Check(ComparisonCoverage coverage, IReadOnlyList<FileQuality> quality)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(quality);
        var files = quality.GroupBy(f => (f.Force, f.Month)).ToDictionary(g => g.Key, g => (NoLocation: g.Sum(f => f.NoLocation), Loaded: g.Sum(f => f.RowsLoaded)));
        var pairs = coverage.Pairs.Where(p => p.IsCompared).ToList();
        return [.. pairs.SelectMany(p => p.Forces).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(force =>
        {
            var used = pairs.Where(p => p.Forces.Contains(force, StringComparer.Ordinal)).ToList();
            var previous = used.Select(p => files.GetValueOrDefault((force, p.Counterpart))).ToList();
            var current = used.Select(p => files.GetValueOrDefault((force, p.Month))).ToList();
            return new NoLocationShift(force, previous.Sum(f => f.NoLocation), previous.Sum(f => f.Loaded), current.Sum(f => f.NoLocation), current.Sum(f => f.Loaded))
            {
                ForceName = coverage.NameOf(force),
            };
        })];
    }
}
