namespace Assessment.Core.Statistics;

/// <summary>
/// A two-sided confidence interval [Lower, Upper]. Bounds may be 0 or +∞ where the data cannot bound the
/// quantity (for example a rate ratio after a period with no events).
/// </summary>
/// <param name="Lower">Lower limit, in the units of the quantity estimated; may be 0 (the data give no lower bound) or NaN where undefined.</param>
/// <param name="Upper">Upper limit, same units; may be +∞ (no upper bound) or NaN where undefined.</param>
public readonly record struct ConfidenceInterval(double Lower, double Upper)
{
    /// <summary>True when <paramref name="value"/> lies inside the interval, ends included.</summary>
    /// <param name="value">A value in the interval's units (for a rate ratio, 1 is "no change").</param>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>True when the interval lies wholly above or wholly below <paramref name="value"/> (for a rate ratio, 1).</summary>
    /// <param name="value">A value in the interval's units.</param>
    public bool Excludes(double value) => value < Lower || value > Upper;

    /// <summary>
    /// Which side of <paramref name="reference"/> the interval lies: 1 when wholly above it, −1 when wholly below, 0 when it
    /// contains it. The one rule for calling an estimate above or below a benchmark taken as known: Fingertips' comparison
    /// of an area with England, and the funnel-plot comparison of a partnership with its force (Spiegelhalter 2005).
    /// </summary>
    public int SideOf(double reference) => Lower > reference ? 1 : Upper < reference ? -1 : 0;

    /// <summary>"[0.912345, 1.23457]": both limits to six significant figures, invariant culture, for logs and tests.</summary>
    public override string ToString() => FormattableString.Invariant($"[{Lower:G6}, {Upper:G6}]");
}
