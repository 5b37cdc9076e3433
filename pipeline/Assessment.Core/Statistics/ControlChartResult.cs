namespace Assessment.Core.Statistics;

/// <summary>A control chart: limits frozen from a baseline and applied to every period.</summary>
/// <param name="Kind">c, u or XmR.</param>
/// <param name="BaselineStart">Index of the first baseline period.</param>
/// <param name="BaselineLength">Number of baseline periods.</param>
/// <param name="CentreLine">c̄, ū or x̄ over the baseline.</param>
/// <param name="Points">One point per input period, in input order.</param>
public sealed record ControlChartResult(
    ControlChartKind Kind,
    int BaselineStart,
    int BaselineLength,
    double CentreLine,
    IReadOnlyList<ControlChartPoint> Points)
{
    /// <summary>
    /// Laney's σ_z for a <see cref="ControlChartKind.LaneyU"/> chart: how many times Poisson's σ the baseline's variation
    /// between periods is (its limits are σ_z times as far from the centre line as a u-chart's); NaN for other kinds.
    /// </summary>
    public double SigmaZ { get; init; } = double.NaN;

    /// <summary>Points above the upper control limit.</summary>
    public IReadOnlyList<ControlChartPoint> Exceedances => [.. Points.Where(p => p.IsExceedance)];

    /// <summary>Points with any signal.</summary>
    public IReadOnlyList<ControlChartPoint> Signalled => [.. Points.Where(p => p.Signals != ControlChartSignals.None)];
}
