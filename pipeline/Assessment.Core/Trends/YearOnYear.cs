using Assessment.Core.Statistics;

namespace Assessment.Core.Trends;

/// <summary>
/// Year-on-year comparisons of every series over the like-for-like months (each pair counted only for the forces
/// compared in it, see <see cref="ComparisonCoverage"/>), under one rule:
/// <list type="number">
/// <item>φ̂ is the month-paired dispersion (<see cref="Dispersion.MonthPaired"/>) when the periods share calendar
/// months (a period of 12 or 24 months), so the seasonal pattern is not counted as noise; otherwise, and when either
/// period recorded nothing (the month-by-period table then fits exactly and gives φ̂ = 0 for what may be one burst),
/// or fewer than two months hold records, the dispersion about each period's mean (<see cref="Dispersion.WithinGroups"/>).
/// When neither can be estimated (one month compared), the comparison is not tested: a Poisson test would claim a
/// precision the data cannot show.</item>
/// <item>Each comparison's p-value and interval allow for the same φ̂, and are duals
/// (<see cref="OverdispersedRateTest"/>; t-based through Korn and Graubard's degrees-of-freedom adjustment).</item>
/// <item>Benjamini–Hochberg q-values run over the testable comparisons only: a comparison with nothing recorded in
/// either period is not tested, and neither is one whose verdict the no-location artefact could flip (below).</item>
/// <item>The verdict is significant exactly when q ≤ the false-discovery rate; then p ≤ q ≤ α, so the interval at the
/// level 1 − α excludes 1 (with the default 95% interval and 5% rate); a rate above 1 − the confidence level is
/// refused, as the interval could then include 1 beside a significant verdict.</item>
/// <item>Rows without a location are never in an area, so a change in a force's share of them changes the area's
/// counts by k = (1 − p₂)/(1 − p₁) (<see cref="NoLocationShift.LocatedRatio"/>) with no change in crime. For a
/// series that may hold that force's records (the force with k furthest from 1, when several), the comparison is
/// tested again against the null rate ratio k, with its q recomputed by replacing its p in the family. When that
/// verdict (significant or not, and the direction, relative to k) differs from the verdict against 1, the verdict is
/// <see cref="YoyVerdict.DataCannotTell"/> and the comparison leaves the family; the q-values of the rest are
/// recomputed, and the check repeated until no verdict can flip.</item>
/// </list>
/// </summary>
internal static class YearOnYear
{
    public static IReadOnlyList<YoyFinding> Compare(IReadOnlyList<CountSeries> series, ComparisonCoverage coverage, IReadOnlyList<NoLocationShift> shifts,
        TrendOptions options, AreaPopulation? population)
    {
        // q ≤ rate ⇒ p ≤ rate ⇒ the interval excludes 1 only while the rate is no more than its level's α.
        if (options.FalseDiscoveryRate > 1 - options.ConfidenceLevel + 1e-12)
            throw new ArgumentException(FormattableString.Invariant(
                $"The false-discovery rate {options.FalseDiscoveryRate} exceeds 1 − the confidence level {options.ConfidenceLevel}: a significant change could have an interval that includes 1."), nameof(options));
        var months = coverage.MonthsCompared;
        if (months.Count == 0) return [];
        var shift = -coverage.PeriodLength;
        var paired = coverage.PeriodLength % 12 == 0;
        var groups = Enumerable.Repeat(0, months.Count).Concat(Enumerable.Repeat(1, months.Count)).ToArray();
        var usable = shifts.Where(x => !double.IsNaN(x.LocatedRatio)).ToList();

        var tested = series.Select(s =>
        {
            double[] before = [.. months.Select(m => (double)s.ComparedAt(m.AddMonths(shift)))];
            double[] after = [.. months.Select(m => (double)s.ComparedAt(m))];
            var dispersion = paired && before.Sum() > 0 && after.Sum() > 0 ? Dispersion.MonthPaired(before, after) : Dispersion.WithinGroups([.. before, .. after], groups);
            if (double.IsNaN(dispersion.Phi)) dispersion = Dispersion.WithinGroups([.. before, .. after], groups);
            var estimable = !double.IsNaN(dispersion.Phi);
            var result = RateComparison.Compare((long)before.Sum(), months.Count, (long)after.Sum(), months.Count, options.ConfidenceLevel,
                estimable ? dispersion.Phi : 1, estimable ? dispersion.DegreesOfFreedom : 0);
            var noLocation = usable.Where(x => s.MayInclude(x.Force)).MaxBy(x => Math.Abs(Math.Log(x.LocatedRatio)));
            return (s.Key, Result: result, Dispersion: dispersion, NoLocation: noLocation);
        }).ToList();

        var family = Enumerable.Range(0, tested.Count)
            .Where(i => tested[i].Result.PreviousCount + tested[i].Result.CurrentCount > 0 && !double.IsNaN(tested[i].Dispersion.Phi)).ToList();
        var untold = new HashSet<int>();
        double[] qValues;
        while (true)
        {
            var pValues = family.Select(i => tested[i].Result.WidenedPValue).ToArray();
            qValues = BenjaminiHochberg.Adjust(pValues);
            var flips = family.Where((i, j) => tested[i].NoLocation is { } x && Flips(tested[i].Result, x.LocatedRatio, pValues, j, qValues[j], options)).ToList();
            if (flips.Count == 0) break;
            untold.UnionWith(flips);
            family = [.. family.Except(flips)];
        }

        var q = family.Select((i, j) => (i, j)).ToDictionary(t => t.i, t => qValues[t.j]);
        var perThousand = population is { IsUsable: true } p ? 1000 / p.Residents : (double?)null;
        return [.. tested.Select((t, i) =>
        {
            var qValue = q.GetValueOrDefault(i, double.NaN);
            var verdict = untold.Contains(i) ? YoyVerdict.DataCannotTell : Verdict(qValue, t.Result.RateRatio, 1, options);
            return new YoyFinding(t.Key, months.Count, t.Result, t.Dispersion, qValue, verdict)
            {
                PreviousRatePerThousand = t.Result.PreviousCount * perThousand,
                CurrentRatePerThousand = t.Result.CurrentCount * perThousand,
                NoLocation = untold.Contains(i) ? t.NoLocation : null,
            };
        })];
    }

    /// <summary>Significant (q ≤ the rate) in the direction of the rate ratio against <paramref name="nullRatio"/>, else no significant change; a NaN q is never significant.</summary>
    private static YoyVerdict Verdict(double q, double rateRatio, double nullRatio, TrendOptions options) =>
        !(q <= options.FalseDiscoveryRate) ? YoyVerdict.NoSignificantChange
        : rateRatio > nullRatio ? YoyVerdict.SignificantIncrease : YoyVerdict.SignificantDecrease;

    /// <summary>
    /// True when testing against the located-share ratio k instead of 1 (the comparison's p replaced by the one
    /// against k at position <paramref name="position"/> of the family, the others kept) gives another verdict.
    /// </summary>
    private static bool Flips(RateComparisonResult result, double located, double[] pValues, int position, double q, TrendOptions options)
    {
        var againstK = OverdispersedRateTest.PValue(result.PreviousCount, result.PreviousExposure, result.CurrentCount, result.CurrentExposure,
            result.Dispersion, result.DispersionDegreesOfFreedom, located);
        var replaced = (double[])pValues.Clone();
        replaced[position] = againstK;
        var qAgainstK = BenjaminiHochberg.Adjust(replaced)[position];
        return Verdict(q, result.RateRatio, 1, options) != Verdict(qAgainstK, result.RateRatio, located, options);
    }
}
