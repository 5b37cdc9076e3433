using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The methodology chapter of <paramref name="inner"/> with a sub-section on how change, trends and harm are tested
/// and weighted, ending with the harm weights used and their sources.
/// </summary>
public sealed class TrendMethodologySection(TrendFindings findings, IReportSectionComposer inner) : IReportSectionComposer
{
    /// <inheritdoc/>
    public string Key => inner.Key;

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var section in inner.Compose(context))
            yield return section with { Children = [.. section.Children, Methods()] };
    }

    private ReportSection Methods()
    {
        var o = findings.Options;
        var level = TrendTableBuilders.Percent(o.ConfidenceLevel);
        var fdr = ReportNumbers.FormatPercent(o.FalseDiscoveryRate, 0);
        var c = findings.Coverage;
        var levels = new[]
        {
            (ComparisonLevel.Area, "the whole area"), (ComparisonLevel.CrimeType, "crime types"), (ComparisonLevel.Theme, "priority themes"), (ComparisonLevel.Ward, "wards"),
        }.Select(l => (Count: findings.YearOnYearAt(l.Item1).Count, Name: l.Item2)).Where(l => l.Count > 0).Select(l => $"{l.Count} for {l.Name}");
        var compared = c.MonthsCompared.Count == 0
            ? "In this report no month could be compared."
            : $"In this report {MonthListText.CountWord(c.MonthsCompared.Count)} of the {c.PeriodLength} months are compared: {MonthListText.Describe(c.MonthsCompared)} against {MonthListText.Describe(c.ComparisonMonthsCompared)}.";
        var area = findings.MonthlyOf(SeriesKey.Area);
        var baseline = area?.ControlChart is not null
            ? $"the {MonthListText.CountWord(area.BaselineMonthsUsed)} usable months of the baseline ({UsableBaseline(area)})"
            : "a baseline of the months before the assessment period (this report draws no chart; the monthly pattern says why)";

        var items = new List<string>
        {
            $"**Like for like:** a month of the assessment period is compared with the same month one period earlier, force by force, and only for the forces whose data is complete in both. {compared}",
            $"**Exact test:** the two counts are compared with the exact conditional (binomial) test for two Poisson counts: given their total, the current count is binomial with probability equal to the current period's share of the exposure (the months compared, so ½ when both periods have the same months; unequal periods would be compared as rates). The rate ratio (current rate ÷ previous rate) has an exact {level} confidence interval.",
            $"**Month-to-month variation:** crime counts usually vary more from month to month than chance alone would make them. The dispersion φ is estimated like for like: from each month against the same month one year earlier (the Pearson dispersion of the month-by-period table, so the seasonal pattern both years share is not counted as noise), or about each period's mean when the periods do not share calendar months. The test and the interval both treat the counts as φ times as variable as Poisson counts (quasi-Poisson). φ from a few months is itself uncertain, so it is inflated by the square of the ratio of the t and normal critical values on its degrees of freedom (Korn and Graubard's adjustment; {KornGraubardExample(findings)}), which gives a t-based interval; it is never taken below 1. With a single month compared φ cannot be estimated, and the comparison is not tested.",
            $"**Many comparisons:** this report makes {findings.YearOnYear.Count} comparisons ({string.Join(", ", levels)}). By chance alone about one in twenty would look significant at p < 0.05, so p-values are adjusted by the Benjamini–Hochberg method, which controls the share of false alarms among the changes reported (the false-discovery rate); the adjusted value is the q-value.",
            $"**Verdict:** a change is called a significant increase or decrease exactly when its q-value is at most {fdr}. The p-value is the exact dual of the interval, so its interval then excludes a rate ratio of 1. A change that is not significant is called broadly stable only when its whole interval lies within {ReportNumbers.FormatPercent(TrendNarrative.StableBound, 0)} either way of no change; otherwise the report says it could not be told apart from normal variation. Comparisons with nothing recorded in either period are not tested. The percentage change is shown for reading, never used to decide.",
            "**Records without a location:** police.uk rows without a location have no LSOA, so they are never counted in the area. When a force's share of them changes between the periods, the area's count changes by the ratio of the located shares with no change in crime. Each comparison is also tested against that ratio instead of 1; when the verdict would differ, the report says the data cannot tell, and the comparison is left out of the q-values.",
            $"**Incomplete and missing months:** coverage is judged for each force and month. A force's month is likely incomplete when its in-area count is below {ReportNumbers.FormatPercent(o.IncompleteFraction, 0)} of the count expected from that force's other months (the smaller of the median of all its other months and the median of the same calendar month in other years) and a Poisson count with that expected mean would fall so low with probability under {ReportNumbers.FormatPercent(o.IncompleteTailProbability, 1)}, so a force with a handful of records a month is not flagged for a quiet month. A force with no file for a month is missing for that force and never counted as zero. A force's month is compared only when its data is complete in both periods; otherwise that force is left out of both months of the pair, and the other forces are still compared.",
            $"**Monthly pattern:** 12-month rolling totals; seasonal indices (each calendar month's count relative to its year's monthly mean) where two complete years exist; and control charts whose centre line and limits come from {baseline} (at least {o.MinimumBaselineMonths} usable months, or no chart is drawn). Crime counts vary more than Poisson's √mean allows, so the limits are Laney's (2002) u′ limits: the Poisson limits scaled by σ_z, the baseline's month-to-month variation in Poisson units (mean moving range of the standardised counts ÷ 1.128), which with one count a month is mean ± 2.66 × the mean moving range. The standard run rules apply: a point beyond a limit, 8 points in a row on one side of the centre line, 6 rising or falling in a row, and 2 of 3 points beyond 2σ. The baseline can be set under baseline: in the configuration.",
            $"**Long-term trend:** the Mann–Kendall test with tie correction over all usable months (at least {o.MinimumTrendMonths}), the seasonal variant (which compares each calendar month only with itself) from {o.SeasonalTrendMonths} usable months, and a slope per month: the seasonal Kendall slope (Hirsch, Slack and Smith 1982: the median of the slopes between the same calendar month of different years) with the seasonal test, Sen's slope with the plain test. Each slope's interval inverts its own test (Gilbert 1987, §16.5 and §17.3) at the level that allows for the number of series tested (Benjamini and Yekutieli 2005), so it excludes 0 exactly when the q-value is at most {fdr}. q-values adjust for the number of series tested. A series whose usable months have a gap longer than {o.MaximumTrendGapMonths} months is not tested: a slope across the gap would compare different parts of the year.",
            $"**Harm:** each category's count is multiplied by a harm weight in days of custody equivalent, in the style of the ONS Crime Severity Score and the Cambridge Crime Harm Index. police.uk categories are broad, so the weights used here ({findings.Harm.Table.Name}) are indicative; the table below gives each weight's source. To use local weights, set harm_weights: in the configuration to a CSV with the columns category, weight and source (harm.csv in the output can be edited and used).",
            findings.Population is { IsUsable: true } p
                ? $"**Rates:** rates per 1,000 residents use {ReportNumbers.FormatCount((long)Math.Round(p.Residents))} residents from {p.Source} (the LSOAs the area's records fall in), with exact Poisson intervals."
                : "**Rates:** no population file was given, so the report uses counts only.",
        };
        if (findings.Wards is { } wards)
            items.Add($"**Wards:** police.uk records carry no ward, so each record's map point is placed in a ward of {wards.Source} by point-in-polygon; points in no ward are reported, not dropped silently.");

        return new ReportSection("methodology-trends", "How change, trends and harm are assessed",
        [
            new BulletListBlock(items),
            new TableBlock(TrendTableBuilders.HarmWeights("harm-weights-used", findings.Harm.Table)),
        ], []);
    }

    // The factor this run applied, on the degrees of freedom most of its comparisons had, e.g. "here with 3 degrees of freedom, by 2.6".
    private static string KornGraubardExample(TrendFindings findings)
    {
        var df = findings.YearOnYear.Where(f => !double.IsNaN(f.Dispersion.Phi) && f.Comparison.DispersionDegreesOfFreedom > 0)
            .GroupBy(f => f.Comparison.DispersionDegreesOfFreedom).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault();
        if (df == 0) return "no comparison in this report had a φ to inflate";
        var alpha = 1 - findings.Options.ConfidenceLevel;
        var factor = Math.Pow(Statistics.StudentT.CriticalValue(df, alpha) / Statistics.StandardNormal.CriticalValue(findings.Options.ConfidenceLevel), 2);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"here with {df} degrees of freedom, by {factor:0.0}");
    }

    private static string UsableBaseline(MonthlySeriesFinding area) =>
        MonthListText.Describe(area.Points.Where(p => p.Chart is { InBaseline: true } && p.Status == MonthStatus.Loaded).Select(p => p.Month));
}
