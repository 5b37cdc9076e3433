namespace Assessment.Core.Statistics;

/// <summary>
/// Shewhart control charts with limits frozen from a baseline (METHODS.md §2.2): plot the current year against
/// the previous two or three and flag special-cause variation.
/// </summary>
/// <remarks>
/// Every chart evaluates these rules over all points, baseline included: a point outside the 3σ limits; a
/// shift (≥ <see cref="ControlChartOptions.ShiftRunLength"/> points in a row strictly on one side of the centre
/// line; a point on the line ends the run); a trend (≥ <see cref="ControlChartOptions.TrendRunLength"/> points
/// each strictly above, or each strictly below, the previous; a repeated value ends it); and 2 of 3
/// consecutive points beyond 2σ on the same side (the points beyond 2σ are marked). NaN marks a missing
/// period: it is left out of the baseline, gets no signal and ends every run.
/// Sources: c- and u-charts as in Montgomery, <i>Introduction to Statistical Quality Control</i>; the XmR chart and
/// its 2.66 constant (3/d₂, d₂ = 1.128) as in Wheeler &amp; Chambers, <i>Understanding Statistical Process Control</i>;
/// run rules after the Western Electric handbook (1956) and Nelson (1984); the u′-chart after Laney (2002).
/// </remarks>
public static class ControlChart
{
    /// <summary>
    /// c-chart for counts with a constant area of opportunity: CL = c̄ (baseline mean), σ = √c̄,
    /// UCL = c̄ + 3√c̄, LCL = max(0, c̄ − 3√c̄). A baseline with no events gives c̄ = σ = 0, so every
    /// later non-zero count is above the upper limit.
    /// </summary>
    /// <param name="counts">Events per period (e.g. crimes per month) in time order; each ≥ 0, or NaN for a missing period.</param>
    /// <param name="baselineStart">0-based index of the first baseline period.</param>
    /// <param name="baselineLength">Number of baseline periods (e.g. 24 or 36 months), at least 1; the baseline must lie inside the series.</param>
    /// <param name="options">Run-rule lengths; null for <see cref="ControlChartOptions.Default"/>.</param>
    /// <returns>One <see cref="ControlChartPoint"/> per input period, in input order, with limits frozen from the baseline.</returns>
    /// <exception cref="ArgumentException">A count is negative or infinite, or the baseline has no present (non-NaN) count.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The baseline is not inside the series, or a run length in <paramref name="options"/> is below 2.</exception>
    public static ControlChartResult CChart(IReadOnlyList<double> counts, int baselineStart, int baselineLength, ControlChartOptions? options = null)
    {
        Guard.NonNegativeOrMissing(counts, nameof(counts));
        var baseline = BaselineValues(counts, baselineStart, baselineLength);
        var centre = baseline.Average();
        var sigma = Enumerable.Repeat(Math.Sqrt(centre), counts.Count).ToArray();
        return Build(ControlChartKind.C, counts, centre, sigma, clampAtZero: true, baselineStart, baselineLength, options);
    }

    /// <summary>
    /// u-chart for rates with varying exposure nᵢ (population, days): plotted value uᵢ = cᵢ/nᵢ,
    /// CL = ū = Σc/Σn over the baseline, σᵢ = √(ū/nᵢ), limits ū ± 3σᵢ with the lower clamped at 0.
    /// Express exposure in the unit the rate should read in (e.g. thousands of residents).
    /// </summary>
    /// <param name="counts">Events per period in time order; each ≥ 0, or NaN for a missing period.</param>
    /// <param name="exposures">Exposure nᵢ of each period (same length as <paramref name="counts"/>), positive and finite; the plotted rate is events per unit of exposure.</param>
    /// <param name="baselineStart">0-based index of the first baseline period.</param>
    /// <param name="baselineLength">Number of baseline periods (e.g. 24 or 36 months), at least 1; the baseline must lie inside the series.</param>
    /// <param name="options">Run-rule lengths; null for <see cref="ControlChartOptions.Default"/>.</param>
    /// <returns>One <see cref="ControlChartPoint"/> per input period, in input order, with limits frozen from the baseline.</returns>
    /// <exception cref="ArgumentException">A count is negative or infinite, the two lists differ in length, or the baseline has no present count.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An exposure is not positive and finite, the baseline is not inside the series, or a run length is below 2.</exception>
    public static ControlChartResult UChart(
        IReadOnlyList<double> counts, IReadOnlyList<double> exposures, int baselineStart, int baselineLength, ControlChartOptions? options = null)
    {
        Guard.NonNegativeOrMissing(counts, nameof(counts));
        ArgumentNullException.ThrowIfNull(exposures);
        if (exposures.Count != counts.Count) throw new ArgumentException(FormattableString.Invariant($"Got {exposures.Count} exposures for {counts.Count} counts."), nameof(exposures));
        for (var i = 0; i < exposures.Count; i++) Guard.PositiveFinite(exposures[i], nameof(exposures));
        BaselineValues(counts, baselineStart, baselineLength);

        double events = 0, exposure = 0;
        for (var i = baselineStart; i < baselineStart + baselineLength; i++)
        {
            if (double.IsNaN(counts[i])) continue;
            events += counts[i];
            exposure += exposures[i];
        }

        var centre = events / exposure;
        var rates = counts.Select((c, i) => c / exposures[i]).ToArray();
        var sigma = exposures.Select(n => Math.Sqrt(centre / n)).ToArray();
        return Build(ControlChartKind.U, rates, centre, sigma, clampAtZero: true, baselineStart, baselineLength, options);
    }

    /// <summary>
    /// Laney (2002) u′-chart: a u-chart whose limits are widened (or narrowed) by the variation between periods that
    /// the baseline shows beyond Poisson's, so overdispersed and seasonal counts are not flagged as special causes.
    /// </summary>
    /// <remarks>
    /// Laney, D. B. (2002), "Improved control charts for attributes", <i>Quality Engineering</i> 14(4), 531–537. With
    /// uᵢ = cᵢ/nᵢ, ū = Σc/Σn over the baseline and σᵢ = √(ū/nᵢ): zᵢ = (uᵢ − ū)/σᵢ; σ_z = mean |zᵢ − zᵢ₋₁| over consecutive
    /// present baseline periods / 1.128 (d₂ for n = 2, as in the XmR chart); limits ū ± 3·σ_z·σᵢ, the lower clamped at
    /// 0; the run rules use σ_z·σᵢ. σ_z = 1 gives the u-chart. With a constant exposure (nᵢ = 1: counts per month) the
    /// limits are c̄ ± 2.66·MR̄ of the counts, the individuals chart of counts (Wheeler), centred on the baseline mean.
    /// </remarks>
    /// <param name="counts">Events per period in time order; each ≥ 0, or NaN for a missing period.</param>
    /// <param name="exposures">Exposure nᵢ of each period (same length), positive and finite; all 1 for plain counts.</param>
    /// <param name="baselineStart">0-based index of the first baseline period.</param>
    /// <param name="baselineLength">Number of baseline periods, at least 2; the baseline must lie inside the series.</param>
    /// <param name="options">Run-rule lengths; null for <see cref="ControlChartOptions.Default"/>.</param>
    /// <returns>One point per period with limits frozen from the baseline; <see cref="ControlChartResult.SigmaZ"/> holds σ_z.</returns>
    /// <exception cref="ArgumentException">
    /// A count is negative or infinite, the lists differ in length, the baseline has no events, or it has no two
    /// consecutive present periods.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">An exposure is not positive and finite, the baseline is not inside the series, or a run length is below 2.</exception>
    public static ControlChartResult LaneyUChart(
        IReadOnlyList<double> counts, IReadOnlyList<double> exposures, int baselineStart, int baselineLength, ControlChartOptions? options = null)
    {
        var poisson = UChart(counts, exposures, baselineStart, baselineLength, options);
        var centre = poisson.CentreLine;
        if (!(centre > 0)) throw new ArgumentException("A Laney chart needs a baseline with events (ū > 0).", nameof(counts));
        var ranges = new List<double>();
        for (var i = baselineStart + 1; i < baselineStart + baselineLength; i++)
        {
            var (a, b) = (poisson.Points[i - 1], poisson.Points[i]);
            if (!double.IsNaN(a.Value) && !double.IsNaN(b.Value)) ranges.Add(Math.Abs((b.Value - centre) / b.Sigma - (a.Value - centre) / a.Sigma));
        }

        if (ranges.Count == 0) throw new ArgumentException("A Laney baseline needs at least two consecutive present periods.", nameof(baselineLength));
        var sigmaZ = ranges.Average() / 1.128;
        var sigma = poisson.Points.Select(p => p.Sigma * sigmaZ).ToArray();
        var plotted = poisson.Points.Select(p => p.Value).ToArray();
        return Build(ControlChartKind.LaneyU, plotted, centre, sigma, clampAtZero: true, baselineStart, baselineLength, options) with { SigmaZ = sigmaZ };
    }

    /// <summary>
    /// XmR chart for any measure: CL = x̄ over the baseline, MR̄ = mean |xᵢ − xᵢ₋₁| over consecutive baseline
    /// pairs, σ = MR̄/1.128 (d₂ for n = 2), limits x̄ ± 3σ = x̄ ± 2.66·MR̄. The lower limit is not clamped.
    /// Needs at least two consecutive present baseline values.
    /// </summary>
    /// <param name="values">The measure per period in time order (any sign, any unit); NaN for a missing period.</param>
    /// <param name="baselineStart">0-based index of the first baseline period.</param>
    /// <param name="baselineLength">Number of baseline periods (e.g. 24 or 36 months), at least 1; the baseline must lie inside the series.</param>
    /// <param name="options">Run-rule lengths; null for <see cref="ControlChartOptions.Default"/>.</param>
    /// <returns>One <see cref="ControlChartPoint"/> per input period, in input order, with limits frozen from the baseline.</returns>
    /// <exception cref="ArgumentException">A value is infinite, or the baseline has no two consecutive present values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The baseline is not inside the series, or a run length is below 2.</exception>
    public static ControlChartResult IndividualsMovingRange(
        IReadOnlyList<double> values, int baselineStart, int baselineLength, ControlChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Any(double.IsInfinity)) throw new ArgumentException("Values must be finite (NaN marks a missing period).", nameof(values));
        var centre = BaselineValues(values, baselineStart, baselineLength).Average();
        var ranges = new List<double>();
        for (var i = baselineStart + 1; i < baselineStart + baselineLength; i++)
            if (!double.IsNaN(values[i]) && !double.IsNaN(values[i - 1])) ranges.Add(Math.Abs(values[i] - values[i - 1]));
        if (ranges.Count == 0) throw new ArgumentException("An XmR baseline needs at least two consecutive present values.", nameof(baselineLength));
        var sigma = Enumerable.Repeat(ranges.Average() / 1.128, values.Count).ToArray();
        return Build(ControlChartKind.IndividualsMovingRange, values, centre, sigma, clampAtZero: false, baselineStart, baselineLength, options);
    }

    private static double[] BaselineValues(IReadOnlyList<double> values, int start, int length)
    {
        if (start < 0 || length < 1 || start + length > values.Count)
            throw new ArgumentOutOfRangeException(nameof(length), FormattableString.Invariant($"Baseline {start}..{start + length - 1} is not inside the {values.Count} values."));
        var present = Enumerable.Range(start, length).Select(i => values[i]).Where(v => !double.IsNaN(v)).ToArray();
        if (present.Length == 0) throw new ArgumentException("The baseline has no present values.", nameof(values));
        return present;
    }

    private static ControlChartResult Build(
        ControlChartKind kind, IReadOnlyList<double> plotted, double centre, double[] sigma, bool clampAtZero,
        int baselineStart, int baselineLength, ControlChartOptions? options)
    {
        options ??= ControlChartOptions.Default;
        if (options.ShiftRunLength < 2 || options.TrendRunLength < 2)
            throw new ArgumentOutOfRangeException(nameof(options), "Run lengths must be at least 2.");

        var upper = sigma.Select(s => centre + 3 * s).ToArray();
        var lower = sigma.Select(s => clampAtZero ? Math.Max(0, centre - 3 * s) : centre - 3 * s).ToArray();
        var signals = ControlChartRules.Evaluate(plotted, centre, sigma, lower, upper, options);
        var points = new ControlChartPoint[plotted.Count];
        for (var i = 0; i < plotted.Count; i++)
        {
            var inBaseline = i >= baselineStart && i < baselineStart + baselineLength;
            points[i] = new ControlChartPoint(i, plotted[i], centre, lower[i], upper[i], sigma[i], inBaseline, signals[i]);
        }

        return new ControlChartResult(kind, baselineStart, baselineLength, centre, points);
    }
}
