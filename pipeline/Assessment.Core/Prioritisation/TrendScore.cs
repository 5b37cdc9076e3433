using Assessment.Core.Trends;

namespace Assessment.Core.Prioritisation;

/// <summary>
/// The trend score from a year-on-year verdict: significant rise 5; no significant change with a rate ratio above 1
/// 4; flat 3; no significant change below 1 2; significant fall 1. "Flat" is the report's "broadly stable": no
/// significant change and the whole interval within 1 ± <see cref="StableBound"/> (the same bound as
/// <c>Reporting.Sections.TrendNarrative.StableBound</c>, which a test holds equal), or a rate ratio of exactly 1. A
/// comparison that was not tested, or that the data cannot tell, has no score.
/// </summary>
public static class TrendScore
{
    /// <summary>Half-width of the "flat" band around a rate ratio of 1.</summary>
    public const double StableBound = 0.10;

    /// <summary>The score, or null when the comparison gives none (not tested, or the data cannot tell).</summary>
    public static int? Of(YoyFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Verdict switch
        {
            YoyVerdict.SignificantIncrease => 5,
            YoyVerdict.SignificantDecrease => 1,
            YoyVerdict.DataCannotTell => null,
            _ when !finding.IsTested => null,
            _ when IsFlat(finding) || finding.RateRatio == 1 => 3,
            _ => finding.RateRatio > 1 ? 4 : 2,
        };
    }

    private static bool IsFlat(YoyFinding f) => f.Interval.Lower >= 1 - StableBound && f.Interval.Upper <= 1 + StableBound;
}
