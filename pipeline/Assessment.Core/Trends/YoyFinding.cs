using Assessment.Core.Statistics;

namespace Assessment.Core.Trends;

/// <summary>One year-on-year comparison (one row of yoy.csv).</summary>
/// <param name="Series">Level and key, e.g. crime type "Shoplifting".</param>
/// <param name="MonthsCompared">Months in each period that were compared (like for like).</param>
/// <param name="Comparison">The exact conditional test: counts, rate ratio, exact and widened intervals, p-value.
/// Exposures are the months compared in each period.</param>
/// <param name="Dispersion">Pearson dispersion of the compared months' counts about each period's mean; its
/// <see cref="DispersionResult.EffectiveDispersion"/> widened the interval.</param>
/// <param name="QValue">Benjamini–Hochberg q-value across every comparison in the table.</param>
/// <param name="Verdict">Significant increase, significant decrease or no significant change.</param>
/// <param name="ExactTestSignificant">True when q alone is at most the false-discovery rate, before the overdispersion
/// check; differs from the verdict only when widening the interval made the change unclear.</param>
public sealed record YoyFinding(
    SeriesKey Series,
    int MonthsCompared,
    RateComparisonResult Comparison,
    DispersionResult Dispersion,
    double QValue,
    YoyVerdict Verdict,
    bool ExactTestSignificant)
{
    /// <summary>Records in the compared months of the comparison period.</summary>
    public long Previous => Comparison.PreviousCount;

    /// <summary>Records in the compared months of the assessment period.</summary>
    public long Current => Comparison.CurrentCount;

    /// <summary>Current / previous rate; +∞ from zero, NaN when both are zero.</summary>
    public double RateRatio => Comparison.RateRatio;

    /// <summary>The reported interval: the exact interval, widened when the months vary more than Poisson counts would.</summary>
    public ConfidenceInterval Interval => Comparison.WidenedRateRatioInterval;

    /// <summary>The exact conditional two-sided p-value (scipy <c>binomtest</c>).</summary>
    public double PValue => Comparison.PValue;

    /// <summary>True when the interval was widened for overdispersion (φ &gt; 1).</summary>
    public bool IsWidened => Comparison.Dispersion > 1;

    /// <summary>Previous rate per 1,000 residents over the compared months; null without a population.</summary>
    public double? PreviousRatePerThousand { get; init; }

    /// <summary>Current rate per 1,000 residents over the compared months; null without a population.</summary>
    public double? CurrentRatePerThousand { get; init; }
}
