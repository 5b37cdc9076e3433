using Assessment.Core.Statistics;

namespace Assessment.Core.Trends;

/// <summary>One year-on-year comparison (one row of yoy.csv).</summary>
/// <param name="Series">Level and key, e.g. crime type "Shoplifting".</param>
/// <param name="MonthsCompared">Months in each period that were compared (like for like).</param>
/// <param name="Comparison">The comparison: counts, rate ratio, exact and widened intervals, the exact p-value and the
/// p-value that allows for overdispersion. Exposures are the months compared in each period.</param>
/// <param name="Dispersion">The dispersion φ̂ of the compared months (month-paired when the periods share calendar
/// months, see <see cref="YearOnYear"/>) with its degrees of freedom.</param>
/// <param name="QValue">Benjamini–Hochberg q-value of <see cref="PValue"/> over the tested comparisons; NaN for a
/// comparison left out of the family (nothing recorded in either period, or <see cref="YoyVerdict.DataCannotTell"/>).</param>
/// <param name="Verdict">Significant increase or decrease exactly when q ≤ the false-discovery rate; no significant
/// change; or data cannot tell (see <see cref="NoLocation"/>).</param>
public sealed record YoyFinding(
    SeriesKey Series,
    int MonthsCompared,
    RateComparisonResult Comparison,
    DispersionResult Dispersion,
    double QValue,
    YoyVerdict Verdict)
{
    /// <summary>Records in the compared months of the comparison period.</summary>
    public long Previous => Comparison.PreviousCount;

    /// <summary>Records in the compared months of the assessment period.</summary>
    public long Current => Comparison.CurrentCount;

    /// <summary>Current / previous rate; +∞ from zero, NaN when both are zero.</summary>
    public double RateRatio => Comparison.RateRatio;

    /// <summary>The reported interval: the exact interval, widened for overdispersion (dual to <see cref="PValue"/>).</summary>
    public ConfidenceInterval Interval => Comparison.WidenedRateRatioInterval;

    /// <summary>The two-sided p-value that allows for the same dispersion as <see cref="Interval"/> (yoy.csv <c>p_value</c>).</summary>
    public double PValue => Comparison.WidenedPValue;

    /// <summary>The exact conditional two-sided p-value as if counts were Poisson (scipy <c>binomtest</c>; yoy.csv <c>p_exact</c>), for reference only.</summary>
    public double ExactPValue => Comparison.PValue;

    /// <summary>True when the interval was widened for overdispersion (φₑ &gt; 1).</summary>
    public bool IsWidened => Comparison.EffectiveDispersion > 1;

    /// <summary>True when the comparison is in the q-value family (its q is a number).</summary>
    public bool IsTested => !double.IsNaN(QValue);

    /// <summary>Previous rate per 1,000 residents over the compared months; null without a population.</summary>
    public double? PreviousRatePerThousand { get; init; }

    /// <summary>Current rate per 1,000 residents over the compared months; null without a population.</summary>
    public double? CurrentRatePerThousand { get; init; }

    /// <summary>
    /// The force whose change in the share of rows without a location could alone change the verdict
    /// (<see cref="YoyVerdict.DataCannotTell"/>); null otherwise.
    /// </summary>
    public NoLocationShift? NoLocation { get; init; }
}
