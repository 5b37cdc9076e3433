using Assessment.Core.Reporting.Statutory;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The methods appendix: police.uk, its licence, what its locations mean and how the area is selected; the data
/// sources against the datasets partners must share (SI 2007/1831); and, for each analysis the run made, how it works
/// with the settings used (change, trends and harm; hotspots; the comparison with other partnerships). The chapters
/// give findings in plain words and point here for the statistics.
/// </summary>
/// <param name="results">The analyses the run made; <see cref="ReportResults.None"/> for counts only.</param>
public sealed class MethodologySection(ReportResults? results = null) : IReportSectionComposer
{
    /// <summary>Title of the appendix, which chapters name when they point to it.</summary>
    public const string Title = "Appendix: methods and statistics";

    /// <inheritdoc/>
    public string Key => "methodology";

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        var input = context.Input;
        var crime = context.Crime;
        var loaded = crime.LoadedMonths.Count == 0 ? "no months" :
            $"{crime.LoadedMonths.Count} months between {crime.LoadedMonths[0].ToLongString()} and {crime.LoadedMonths[^1].ToLongString()}";
        var r = results ?? ReportResults.None;
        var children = new List<ReportSection> { DataSources(input) };
        if (r.Trends is { } trends) children.Add(Methods(trends));
        if (r.Hotspots is { } hotspots) children.Add(new ReportSection("methodology-hotspots", "How hotspots are found", [.. HotspotMethodology.Blocks(hotspots)], []));
        if (r.ForceComparison is { } comparison)
            children.Add(new ReportSection("methodology-force-comparison", "How the area is compared with other partnerships", new ParagraphBlock(ForceComparisonPart.Method(comparison))));
        yield return new ReportSection("methodology", Title,
        [
            new HeadingBlock("Police-recorded crime and anti-social behaviour"),
            new ParagraphBlock($"Crime and ASB figures come from the street-level data that {input.ForceName} publishes monthly on police.uk: one row per crime or ASB incident, with the month, the crime type (14 police.uk categories), an approximate location and the latest outcome. " +
                $"This report loaded {loaded}."),
            new BulletListBlock(
            [
                "**Area:** a record counts for the area when its location falls in one of the area's 2021 Lower Layer Super Output Areas (LSOAs), whichever force file it comes from.",
                "**Locations are approximate:** to protect victims, police.uk moves each location to the nearest of about 750,000 anonymous map points (the centre of a street, a public place or commercial premises). Counts at a single point or street therefore describe the map point, not an address.",
                "**\"No Location\" records** have no coordinates and no LSOA, because the crime could not be placed on the map. They cannot be assigned to the area and are counted separately in the data-quality appendix.",
                "**Dates are months only:** police.uk gives no day or time, so analyses by day of week or time of day are not possible from this source.",
                "**Outcomes change:** the \"last outcome\" of a crime is updated as cases progress, so recent months show more crimes \"under investigation\".",
            ]),
            new HeadingBlock("Periods and comparisons"),
            new ParagraphBlock($"The assessment period is {input.Period.Current.ToLongString()} and the comparison period is the {input.Period.LengthInMonths} months before it, {input.Period.Comparison.ToLongString()}. " +
                (input.Analyses.SignificanceTests
                    ? "Changes are compared over matched months and tested for statistical significance, as described below."
                    : "Changes are shown as plain count differences over matched months; they are not yet tested for statistical significance.")),
            new HeadingBlock("Licence and attribution"),
            new ParagraphBlock("Contains public sector information licensed under the Open Government Licence v3.0. Boundaries, where used, contain OS data © Crown copyright and database right."),
        ], children);
    }

    // The datasets of the Schedule to SI 2007/1831 that partners must share, against what this run was given.
    private static ReportSection DataSources(AssessmentReportInput input)
    {
        var police = input.FileQuality.Count > 0
            ? $"Used: police.uk street-level records ({ReportNumbers.FormatCount(input.FileQuality.Count)} monthly files), which give a month and an approximate location but no date, time or sub-category"
            : "Not supplied to this run";
        var asb = input.MonthlyCounts.Any(c => c.CrimeType == "Anti-social behaviour")
            ? "Used: police.uk ASB incidents, without the incident category" + (input.AsbCases is not null ? "; the council's own ASB case log" : "")
            : "Not supplied to this run";
        var health = input.SubstanceMisuse.Indicators.Count > 0
            ? "Partly: OHID Fingertips alcohol indicators for the district, not admissions by postcode"
            : "Not supplied to this run";
        IReadOnlyList<IReadOnlyList<TableCell>> rows =
        [
            ["Police: crimes by sub-category, with time, date and location", police],
            ["Police: anti-social behaviour incidents by category", asb],
            ["Fire and rescue: deliberate fires, vehicle fires, attacks on staff", "Not supplied to this run"],
            ["Hospitals: assault, alcohol and drug admissions by postcode", health],
            ["Ambulance: crime and disorder call-outs", "Not supplied to this run"],
        ];
        var others = new List<string>();
        if (input.Reoffending is not null) others.Add("Ministry of Justice proven reoffending");
        if (input.SubstanceMisuse.Treatment is not null) others.Add("drug and alcohol treatment (NDTMS)");
        if (input.DrugMarket is not null) others.Add("Home Office drug seizures and ONS drug-misuse tables");
        if (input.FlyTipping is not null) others.Add("DEFRA fly-tipping returns");
        var blocks = new List<ReportBlock>
        {
            new TableBlock(new ReportTable("data-sources-table", "Data partners must share (SI 2007/1831, Schedule) and what this run used",
                [TableColumn.Text("Dataset"), TableColumn.Text("This run")], rows, "Crime and Disorder (Prescribed Information) Regulations 2007, SI 2007/1831, Schedule")),
        };
        if (others.Count > 0) blocks.Add(new ParagraphBlock($"Other sources used: {string.Join("; ", others)}. Each is described where it is used."));
        return new ReportSection(StatutoryChecklist.DataSourcesSectionId, "Data sources", blocks, []);
    }


    private static ReportSection Methods(TrendFindings findings)
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
            $"**Long-term trend:** the Mann–Kendall test with tie correction over all usable months (at least {o.MinimumTrendMonths}), the seasonal variant (which compares each calendar month only with itself) from {o.SeasonalTrendMonths} usable months, and a slope per month: the seasonal Kendall slope (Hirsch, Slack and Smith 1982: the median of the slopes between the same calendar month of different years) with the seasonal test, Sen's slope with the plain test. Each slope's interval inverts its own test (Gilbert 1987, §16.5 and §17.3) at the level that allows for the number of series tested (Benjamini and Yekutieli 2005), so it excludes 0 exactly when the q-value is at most {fdr}. q-values adjust for the number of series tested. A series whose usable months have a gap longer than {o.MaximumTrendGapMonths} months is not tested: a slope across the gap would compare different parts of the year. {SlopeIntervalWording.LevelSentence(findings.LongTerm)}".TrimEnd(),
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
