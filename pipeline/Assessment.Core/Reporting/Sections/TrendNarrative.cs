using Assessment.Core.Statistics;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// Plain-English sentences generated from the numbers. A change is described as a rise or fall only when its
/// verdict is significant; otherwise it is "broadly stable" only when the interval is narrow (within ±10%), and
/// otherwise a change that could not be told apart from normal variation, with the counts and interval given so the
/// reader sees the size of the difference without being told it is real.
/// </summary>
public static class TrendNarrative
{
    /// <summary>What a series is called at the start of a sentence, e.g. "Shoplifting" or "Recorded crime and ASB in Westgate ward".</summary>
    public static string Subject(SeriesKey series, string areaName)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.Level switch
        {
            ComparisonLevel.Area => $"Recorded crime and ASB in {areaName}",
            ComparisonLevel.CrimeType => series.Key,
            ComparisonLevel.Theme => $"Crime and ASB under the \u201c{series.Label}\u201d theme",
            ComparisonLevel.Ward => series.Label == series.Key ? $"Recorded crime and ASB in {series.Label} ward" : $"Recorded crime and ASB in {series.Label} ward ({series.Key})",
            _ => throw new ArgumentOutOfRangeException(nameof(series), series.Level, "Unknown level."),
        };
    }

    /// <summary>
    /// "Broadly stable" is said only when the whole interval lies within ±<see cref="StableBound"/> of a rate ratio of 1
    /// (0.9 to 1.1): a change that is not significant but could be as large as +41% is not stable, only unproven.
    /// </summary>
    public const double StableBound = 0.10;

    /// <summary>True when the verdict is no significant change and the whole interval lies within 1 ± <see cref="StableBound"/>.</summary>
    public static bool IsBroadlyStable(YoyFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Verdict == YoyVerdict.NoSignificantChange && finding.Interval.Lower >= 1 - StableBound && finding.Interval.Upper <= 1 + StableBound;
    }

    /// <summary>
    /// One sentence for a comparison in plain words, e.g. "Shoplifting rose from 412 to 530 in the four months
    /// compared, a significant rise of 29%.", "Burglary was broadly stable: 1,370 to 1,352 ..., a change of less than
    /// 10% either way." (only when the whole interval is within ±10%), or "Burglary went from 137 to 128 ...; the
    /// change could not be told apart from normal month-to-month variation." The rate ratio, interval and q-value are
    /// left to the change tables and the methods appendix.
    /// </summary>
    public static string Describe(YoyFinding finding, string areaName)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var subject = Subject(finding.Series, areaName);
        var months = MonthsPhrase(finding.MonthsCompared);
        if (finding.Previous == 0 && finding.Current == 0) return $"{subject}: none recorded {months} of either period.";

        var from = ReportNumbers.FormatCount(finding.Previous);
        var to = ReportNumbers.FormatCount(finding.Current);
        // The ratio, its interval and the test are in the change tables (CSV) and the methods appendix; the sentence
        // gives the size of the change in words.
        var went = $"{subject} went from {from} to {to} {months}";
        return finding.Verdict switch
        {
            YoyVerdict.SignificantIncrease => $"{subject} rose from {from} to {to} {months}, a significant rise{Size(finding)}.",
            YoyVerdict.SignificantDecrease => $"{subject} fell from {from} to {to} {months}, a significant fall{Size(finding)}.",
            YoyVerdict.DataCannotTell when finding.NoLocation is { } shift =>
                $"{went}, but {NoLocationReason(shift)}; allowing for that could change the verdict, so the data cannot tell whether there was a real change.",
            _ when double.IsNaN(finding.Dispersion.Phi) && !finding.IsTested =>
                $"{went}; with so few months compared, how much the months vary cannot be estimated, so the change was not tested.",
            _ when IsBroadlyStable(finding) =>
                $"{subject} was broadly stable: {from} to {to} {months}, a change of less than {ReportNumbers.FormatPercent(StableBound, 0)} either way.",
            _ when finding.Interval.Excludes(1) =>
                $"{went}, not a statistically significant change once the number of comparisons made is allowed for; it could not be told apart from normal variation.",
            _ when IsTooWideToJudge(finding) =>
                $"{went}, not a statistically significant change; {(finding.Dispersion.Phi > 1 ? "the months vary too much" : "the numbers are too small")} to tell whether there was a real change.",
            _ => $"{went}; the change could not be told apart from normal month-to-month variation.",
        };
    }

    /// <summary>
    /// Why a comparison cannot tell, e.g. "the share of Kent Police's records without a location rose from 1.2% to 4.8%,
    /// which alone would lower the area's count by 3.6%".
    /// </summary>
    public static string NoLocationReason(NoLocationShift shift)
    {
        ArgumentNullException.ThrowIfNull(shift);
        var direction = shift.CurrentShare > shift.PreviousShare ? "rose" : "fell";
        var effect = shift.LocatedRatio - 1;
        return $"the share of {shift.ForceName}'s records without a location {direction} from {OneDecimalPercent(shift.PreviousShare)} to {OneDecimalPercent(shift.CurrentShare)}, " +
               $"which alone would {(effect < 0 ? "lower" : "raise")} the area's count by {OneDecimalPercent(Math.Abs(effect))}";
    }

    private static string OneDecimalPercent(double share) => ReportNumbers.Format(share, new NumberFormat(1, Percent: true));

    /// <summary>
    /// True when the interval is so wide (upper limit over twice the lower, or unbounded) that "broadly stable" would
    /// overstate what the counts show: small numbers can hide a real change as easily as they fake one.
    /// </summary>
    private static bool IsTooWideToJudge(YoyFinding finding) =>
        !double.IsFinite(finding.Interval.Upper) || finding.Interval.Lower <= 0 || finding.Interval.Upper / finding.Interval.Lower > 2;

    // " of 29%" from the rate ratio; nothing when the ratio cannot be formed (a rise from zero).
    private static string Size(YoyFinding finding) =>
        double.IsFinite(finding.RateRatio) ? $" of {ReportNumbers.FormatPercent(Math.Abs(finding.RateRatio - 1), 0)}" : " from none";

    /// <summary>"rate ratio 1.29, 95% CI 1.13 to 1.46", with the zero-count cases in words.</summary>
    public static string RatioPhrase(YoyFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return double.IsPositiveInfinity(finding.RateRatio)
            ? $"no rate ratio can be formed from zero; {IntervalPhrase(finding)}"
            : $"rate ratio {Ratio(finding.RateRatio)}, {IntervalPhrase(finding)}";
    }

    /// <summary>"95% CI 1.13 to 1.46"; "95% CI from 2.43 upwards" when the interval has no upper limit.</summary>
    public static string IntervalPhrase(YoyFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var level = ReportNumbers.Format(finding.Comparison.ConfidenceLevel, new NumberFormat(0, Percent: true));
        var interval = finding.Interval;
        return double.IsPositiveInfinity(interval.Upper)
            ? $"{level} CI from {Ratio(interval.Lower)} upwards"
            : $"{level} CI {Ratio(interval.Lower)} to {Ratio(interval.Upper)}";
    }

    /// <summary>"in the four months compared", "in the 12 months compared", "in the month compared".</summary>
    public static string MonthsPhrase(int months) =>
        months == 1 ? "in the month compared" : $"in the {MonthListText.CountWord(months)} months compared";

    /// <summary>
    /// A summary of a level: "Of 14 crime types, 2 changed significantly (shoplifting rose; burglary fell); the other
    /// 12 showed no significant change." Comparisons the data cannot tell are counted apart. Empty when there are no comparisons.
    /// </summary>
    public static string SummariseLevel(IReadOnlyList<YoyFinding> findings, string noun)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Count == 0) return "";
        var changed = findings.Where(f => f.Verdict.IsChange()).ToList();
        var untold = findings.Count(f => f.Verdict == YoyVerdict.DataCannotTell);
        // "Of 1 ward", not "Of 1 wards": the callers pass plural nouns ("crime types", "wards", "themes").
        var total = $"Of {findings.Count:N0} {(findings.Count == 1 && noun.EndsWith('s') ? noun[..^1] : noun)}";
        var untoldText = untold == 0 ? "" : $"; for {untold:N0} the data cannot tell, because the share of records without a location changed between the periods";
        if (changed.Count == 0) return $"{total}, none changed significantly{untoldText}.";
        var label = SeriesLabels.Distinct(findings.Select(f => f.Series));
        var list = string.Join("; ", changed.Select(f => $"{(f.Series.Level == ComparisonLevel.CrimeType ? Lower(f.Series.Key) : label(f.Series))} {(f.Verdict == YoyVerdict.SignificantIncrease ? "rose" : "fell")}"));
        var rest = findings.Count - changed.Count - untold;
        var restText = rest == 0 ? "" : $"; {(untold == 0 ? "the other " : "")}{rest:N0} showed no significant change";
        return $"{total}, {changed.Count:N0} changed significantly ({list}){restText}{untoldText}.";
    }

    /// <summary>
    /// One sentence on a long-term trend test in plain words, e.g. "Over 16 usable months (January 2024 to December
    /// 2025) shoplifting showed an increasing trend, typically +4.2 a month." The slope is given only with a significant
    /// trend; the test, q-value and interval are left to the trend table and the methods appendix.
    /// </summary>
    public static string DescribeTrend(LongTermTrendFinding trend, string areaName)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var subject = Subject(trend.Series, areaName);
        if (trend.Method == TrendMethod.NotComputed)
            return $"{subject}: no long-term trend test. {(trend.Note is { } note ? LongTermTrendNoteWording.Describe(note) : "")}";
        var span = trend.Span is { } s ? $" ({s.ToLongString()})" : "";
        var what = trend.Verdict switch
        {
            TrendVerdict.Increasing => "showed an increasing trend",
            TrendVerdict.Decreasing => "showed a decreasing trend",
            _ => "showed no clear trend",
        };
        // The test, its q-value and the slope's interval are in the long-term trend table (CSV) and the methods appendix.
        var slope = trend.Sen is { } sen && double.IsFinite(sen.Slope) && trend.Verdict is TrendVerdict.Increasing or TrendVerdict.Decreasing
            ? $", typically {Signed(sen.Slope)} a month"
            : "";
        return $"Over {trend.MonthsUsed:N0} usable months{span}, {Lower(subject)} {what}{slope}.";
    }

    /// <summary>A p- or q-value for reading: three significant figures, "&lt; 0.001" below a thousandth.</summary>
    public static string PValue(double value) =>
        double.IsNaN(value) ? ReportNumbers.NotApplicable
        : value < 0.001 ? "< 0.001"
        : value.ToString(value < 0.01 ? "0.0000" : "0.000", System.Globalization.CultureInfo.InvariantCulture);

    private static string Ratio(double value) => ReportNumbers.Format(value, new NumberFormat(2));

    private static string Signed(double value) => ReportNumbers.Format(value, new NumberFormat(1, Signed: true));

    // Crime types keep their capital only at the start of a sentence ("shoplifting rose"); ward and theme subjects are
    // already full phrases whose first word is not a proper noun.
    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
