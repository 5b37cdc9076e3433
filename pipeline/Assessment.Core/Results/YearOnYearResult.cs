using System.Text.Json.Serialization;

namespace Assessment.Core.Results;

/// <summary>One like-for-like year-on-year comparison (one row of yoy.csv).</summary>
/// <param name="Level">"area", "crime_type", "theme" or "ward".</param>
/// <param name="Key">Stable key within the level: the crime type, the theme id, the ward code, or "All crime and ASB".</param>
/// <param name="Label">Display name.</param>
/// <param name="MonthsCompared">Months compared in each period.</param>
/// <param name="PreviousCount">Records in the compared months of the comparison period.</param>
/// <param name="CurrentCount">Records in the compared months of the assessment period.</param>
/// <param name="RateRatio">Current / previous; null when undefined (from zero).</param>
/// <param name="IntervalLow">Lower limit of the reported (overdispersion-widened) interval of the rate ratio; null when undefined.</param>
/// <param name="IntervalHigh">Upper limit of the same interval; null when unbounded or undefined.</param>
/// <param name="PValue">Two-sided p-value allowing for overdispersion; null when not computed.</param>
/// <param name="QValue">Benjamini–Hochberg q-value; null when the comparison was not tested.</param>
/// <param name="Verdict">"significant_increase", "significant_decrease", "no_significant_change" or "data_cannot_tell".</param>
public sealed record YearOnYearResult(
    string Level,
    string Key,
    string Label,
    int MonthsCompared,
    long PreviousCount,
    long CurrentCount,
    double? RateRatio,
    double? IntervalLow,
    double? IntervalHigh,
    double? PValue,
    double? QValue,
    string Verdict)
{
    /// <summary>True for a significant rise or fall.</summary>
    [JsonIgnore]
    public bool IsSignificant => Verdict is VerdictNames.SignificantIncrease or VerdictNames.SignificantDecrease;
}
