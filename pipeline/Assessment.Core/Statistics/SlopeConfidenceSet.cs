namespace Assessment.Core.Statistics;

/// <summary>
/// The slopes a Mann–Kendall-type test does not reject (see <see cref="KendallSlopeInterval.Invert"/>): an interval
/// whose bounds may be open.
/// </summary>
/// <param name="Interval">Infimum and supremum of the set, in slope units (per month for monthly data); −∞/+∞ when unbounded, NaN without slopes.</param>
/// <param name="LowerOpen">True when the lower bound itself is not in the set (every slope just above it is).</param>
/// <param name="UpperOpen">True when the upper bound itself is not in the set.</param>
public sealed record SlopeConfidenceSet(ConfidenceInterval Interval, bool LowerOpen, bool UpperOpen)
{
    /// <summary>True when <paramref name="value"/> is outside the set, open bounds taken into account.</summary>
    /// <param name="value">A slope, in the interval's units (0 for "no trend").</param>
    public bool Excludes(double value) =>
        value < Interval.Lower || value > Interval.Upper || (value == Interval.Lower && LowerOpen) || (value == Interval.Upper && UpperOpen);
}
