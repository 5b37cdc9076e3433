using Assessment.Core.Statistics;

namespace Assessment.Core.Trends;

/// <summary>
/// Year-on-year comparisons of every series over the like-for-like months (each pair counted only for the forces
/// compared in it, see <see cref="ComparisonCoverage"/>): exact conditional test with months as
/// exposure, interval widened by the Pearson dispersion of the compared months about each period's mean,
/// Benjamini–Hochberg q-values across all rows, and a verdict.
/// </summary>
internal static class YearOnYear
{
    public static IReadOnlyList<YoyFinding> Compare(IReadOnlyList<CountSeries> series, ComparisonCoverage coverage, TrendOptions options, AreaPopulation? population)
    {
        var months = coverage.MonthsCompared;
        if (months.Count == 0) return [];
        var shift = -coverage.PeriodLength;
        var groups = Enumerable.Repeat(0, months.Count).Concat(Enumerable.Repeat(1, months.Count)).ToArray();

        var tested = series.Select(s =>
        {
            double[] values = [.. months.Select(m => (double)s.ComparedAt(m.AddMonths(shift))), .. months.Select(m => (double)s.ComparedAt(m))];
            var dispersion = Dispersion.WithinGroups(values, groups);
            var previous = months.Sum(m => s.ComparedAt(m.AddMonths(shift)));
            var current = months.Sum(m => s.ComparedAt(m));
            var result = RateComparison.Compare(previous, months.Count, current, months.Count, options.ConfidenceLevel, dispersion.EffectiveDispersion);
            return (s.Key, Result: result, Dispersion: dispersion);
        }).ToList();

        var qValues = BenjaminiHochberg.Adjust([.. tested.Select(t => t.Result.PValue)]);
        var perThousand = population is { IsUsable: true } p ? 1000 / p.Residents : (double?)null;
        return [.. tested.Select((t, i) =>
        {
            var exactSignificant = qValues[i] <= options.FalseDiscoveryRate;
            var verdict = exactSignificant && t.Result.WidenedRateRatioInterval.Excludes(1)
                ? t.Result.RateRatio > 1 ? YoyVerdict.SignificantIncrease : YoyVerdict.SignificantDecrease
                : YoyVerdict.NoSignificantChange;
            return new YoyFinding(t.Key, months.Count, t.Result, t.Dispersion, qValues[i], verdict, exactSignificant)
            {
                PreviousRatePerThousand = t.Result.PreviousCount * perThousand,
                CurrentRatePerThousand = t.Result.CurrentCount * perThousand,
            };
        })];
    }
}
