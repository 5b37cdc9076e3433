namespace Assessment.Core.Statistics;

/// <summary>
/// Seasonal Mann–Kendall test (Hirsch, Slack &amp; Smith 1982): Mann–Kendall within each season (calendar month),
/// with S and Var(S) summed over seasons, so that a regular seasonal pattern is not mistaken for a trend.
/// </summary>
public static class SeasonalMannKendall
{
    /// <summary>The fewest full cycles (e.g. years of monthly values) the test runs on.</summary>
    public const int MinimumCycles = 2;

    /// <summary>
    /// Splits the series into <paramref name="period"/> seasons (value i belongs to season i mod period),
    /// runs <see cref="MannKendall"/> in each and combines: S = Σ Sₛ, Var = Σ Varₛ, Z = (S ∓ 1)/√Var.
    /// </summary>
    /// <remarks>
    /// Needs at least <see cref="MinimumCycles"/> full cycles (24 values for monthly data); otherwise the result is not
    /// computed, and its period and value count say why. NaN marks a missing month and is dropped within its season; a
    /// season left with fewer than two values contributes nothing. Seasons are treated as independent (no covariance
    /// term), as in Hirsch's original test.
    /// </remarks>
    /// <param name="values">One value per period (e.g. monthly counts), oldest first, consecutive periods; NaN for a missing one.</param>
    /// <param name="period">Seasons per cycle, at least 2 (12 for monthly data).</param>
    /// <returns>The combined S, Var(S), Z, p and τ with the per-season tests, or a result that is not computed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    /// <exception cref="ArgumentException">A value is infinite.</exception>
    public static SeasonalMannKendallResult Test(IReadOnlyList<double> values, int period = 12)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (period < 2) throw new ArgumentOutOfRangeException(nameof(period), period, "A seasonal test needs at least 2 seasons per cycle.");
        if (values.Count < MinimumCycles * period)
            return new SeasonalMannKendallResult(false, period, values.Count, 0, 0, double.NaN, double.NaN, double.NaN, []);

        var seasons = new List<MannKendallResult>(period);
        long s = 0;
        double variance = 0, pairs = 0;
        for (var season = 0; season < period; season++)
        {
            var seasonValues = new List<double>();
            for (var i = season; i < values.Count; i += period) seasonValues.Add(values[i]);
            var result = MannKendall.FromPresent(MannKendall.Present(seasonValues));
            seasons.Add(result);
            s += result.S;
            variance += result.VarianceS;
            pairs += result.Count * (result.Count - 1) / 2.0;
        }

        var z = s == 0 || variance <= 0 ? 0 : (s > 0 ? s - 1 : s + 1) / Math.Sqrt(variance);
        var pValue = z == 0 ? 1 : StandardNormal.TwoSidedPValue(z);
        var tau = pairs > 0 ? s / pairs : double.NaN;
        return new SeasonalMannKendallResult(true, period, values.Count, s, variance, z, pValue, tau, seasons);
    }
}
