namespace Assessment.Core.Statistics;

/// <summary>
/// A two-sided confidence interval [Lower, Upper]. Bounds may be 0 or +∞ where the data cannot bound the
/// quantity (for example a rate ratio after a period with no events).
/// </summary>
public readonly record struct ConfidenceInterval(double Lower, double Upper)
{
    /// <summary>True when <paramref name="value"/> lies inside the interval, ends included.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>True when the interval lies wholly above or wholly below <paramref name="value"/> (for a rate ratio, 1).</summary>
    public bool Excludes(double value) => value < Lower || value > Upper;

    public override string ToString() => FormattableString.Invariant($"[{Lower:G6}, {Upper:G6}]");
}
