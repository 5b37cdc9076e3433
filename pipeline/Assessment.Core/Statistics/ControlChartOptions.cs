namespace Assessment.Core.Statistics;

/// <summary>
/// Run-rule settings for <see cref="ControlChart"/>. The default shift of 8 points on one side is the Western Electric
/// run rule (Nelson 1984 uses 9); the default trend of 6 points rising or falling is Nelson's (1984) third test.
/// Both run lengths must be at least 2 points; the chart methods throw <see cref="ArgumentOutOfRangeException"/> otherwise.
/// </summary>
public sealed record ControlChartOptions
{
    /// <summary>Points in a row on one side of the centre line that make a shift (default 8; some guides use 7).</summary>
    public int ShiftRunLength { get; init; } = 8;

    /// <summary>Points in a row each strictly rising (or falling) that make a trend (default 6, i.e. 5 consecutive rises).</summary>
    public int TrendRunLength { get; init; } = 6;

    /// <summary>The defaults.</summary>
    public static ControlChartOptions Default { get; } = new();
}
