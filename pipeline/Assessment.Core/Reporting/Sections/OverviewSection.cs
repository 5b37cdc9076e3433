using Assessment.Core.Charts;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The crime and ASB overview chapter. With the trend analysis: headline change and its verdict, then sub-sections on
/// change by crime type, theme and ward, the monthly pattern, long-term trends, harm and rates. Without it: the counts
/// by type and month with plain differences. Then, when given, how the area compares with the force's other
/// partnerships (<see cref="ForceComparisonPart"/>). With no month of the assessment period loaded, one line.
/// </summary>
/// <param name="findings">The trend analysis, or null for counts only.</param>
/// <param name="comparison">The comparison with the force's other partnerships, or null to leave it out.</param>
public sealed class OverviewSection(TrendFindings? findings = null, ForceComparisonFindings? comparison = null) : IReportSectionComposer
{
    private const string Title = "Crime and anti-social behaviour overview";

    /// <inheritdoc/>
    public string Key => "overview";

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Input;
        if (context.Crime.CurrentMonthsLoaded.Count == 0)
        {
            yield return new ReportSection("overview", Title, new CalloutBlock(CalloutKind.NotYetAvailable,
                $"No police.uk street-level data were loaded for the assessment period ({input.Period.Current.ToLongString()}), so this report has no crime figures."));
            yield break;
        }

        var section = findings?.MonthlyOf(SeriesKey.Area) is { Points.Count: > 0 } area ? WithTrends(findings, area, context) : CountsOnly(context);
        if (comparison is not null) section = section with { Children = [.. section.Children, ForceComparisonPart.Build(context.Input, comparison)] };
        yield return section;
    }

    private static ReportSection WithTrends(TrendFindings findings, MonthlySeriesFinding area, ReportSectionContext context)
    {
        var input = context.Input;

        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock($"This chapter counts the crimes and anti-social behaviour (ASB) incidents recorded by {input.ForceName} in {input.AreaName} and published on police.uk, " +
                $"and tests which changes are larger than chance. The assessment period is {input.Period.Current.ToLongString()}; the comparison period is {input.Period.Comparison.ToLongString()}."),
            KeyFacts(findings, context),
        };
        TrendPatternSections.AddIfPresent(blocks, TrendSectionText.CoverageNote(findings));
        TrendPatternSections.AddIfPresent(blocks, TrendSectionText.IncompleteNote(findings));
        blocks.Add(TrendChartBuilders.Monthly("overview-monthly", "Recorded crime and ASB per month", area, input.Period, "recorded crime and ASB", input.PoliceUkSource));
        if (findings.YearOnYearOf(SeriesKey.Area) is { } total) blocks.Add(new ParagraphBlock(TrendNarrative.Describe(total, input.AreaName)));

        var children = new List<ReportSection> { TrendChangeSections.ByCrimeType(findings, context), TrendChangeSections.ByTheme(findings, context) };
        if (findings.Wards is not null) children.Add(TrendChangeSections.ByWard(findings, context));
        children.Add(TrendPatternSections.Pattern(findings, context));
        children.Add(TrendPatternSections.LongTerm(findings, context));
        children.Add(TrendPatternSections.Harm(findings, context));
        children.Add(TrendPatternSections.Rates(findings, context));
        return new ReportSection("overview", Title, blocks, children);
    }

    private static ReportSection CountsOnly(ReportSectionContext context)
    {
        var input = context.Input;
        var crime = context.Crime;
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock($"This chapter counts the crimes and anti-social behaviour (ASB) incidents recorded by {input.ForceName} in {input.AreaName} and published on police.uk. " +
                $"The assessment period is {input.Period.Current.ToLongString()}; the comparison period is {input.Period.Comparison.ToLongString()}."),
            OverviewFacts.Build(context),
        };
        if (!crime.PeriodsComplete) blocks.Add(PeriodCoverageNote(context));
        blocks.Add(MonthlyChart(context));
        blocks.Add(ByTypeChart(context));
        blocks.Add(new TableBlock(CrimeTables.ByType(context, "crime-by-type", crime.CrimeTypes,
            "Recorded crime and ASB by type: comparison and assessment period")));
        blocks.Add(new ParagraphBlock("The difference is a plain count difference between the two periods, not a test of whether the change is larger than month-to-month variation alone would give."));
        blocks.Add(new TableBlock(CrimeTables.ByMonth(context)));
        return new ReportSection("overview", Title, blocks, []);
    }

    private static CalloutBlock PeriodCoverageNote(ReportSectionContext context)
    {
        var crime = context.Crime;
        var comparisonLoaded = context.Input.Period.Comparison.Months().Count(crime.IsLoaded);
        return new CalloutBlock(CalloutKind.Warning,
            $"Data were loaded for {crime.CurrentMonthsLoaded.Count} of the {crime.Period.LengthInMonths} months of the assessment period and {comparisonLoaded} of the comparison period. " +
            $"Comparisons between the periods therefore use only the months loaded in both: {crime.MatchedDescription(comparison: false)} against {crime.MatchedDescription(comparison: true)}.",
            "Incomplete periods");
    }

    private static ChartBlock MonthlyChart(ReportSectionContext context)
    {
        var crime = context.Crime;
        var input = context.Input;
        var series = crime.LoadedMonths.Select(m => new MonthlyValue(m, crime.Month(m))).ToList();
        var peak = crime.CurrentMonthsLoaded.MaxBy(m => crime.Month(m));
        var low = crime.CurrentMonthsLoaded.MinBy(m => crime.Month(m));
        var alt = $"Line chart of recorded crime and ASB per month in {input.AreaName} from {crime.LoadedMonths[0].ToLongString()} to {crime.LoadedMonths[^1].ToLongString()}. " +
                  $"In the assessment period the monthly count ranged from {ReportNumbers.FormatCount(crime.Month(low))} ({low.ToLongString()}) to {ReportNumbers.FormatCount(crime.Month(peak))} ({peak.ToLongString()}).";
        var spec = MonthlyTrendChart.Build(series, input.Period, "Crimes and ASB incidents per month", alt);
        return new ChartBlock("overview-monthly", "Recorded crime and ASB per month", spec, alt, input.PoliceUkSource,
            "The shaded band is the assessment period. The dashed line repeats each month's count from the comparison period; the orange line is the mean of the latest 12 months, drawn only where 12 consecutive months are loaded. Gaps are months with no data loaded.");
    }

    private static ChartBlock ByTypeChart(ReportSectionContext context)
    {
        var crime = context.Crime;
        var input = context.Input;
        var values = crime.CrimeTypes
            .SelectMany(t => crime.LoadedMonths.Select(m => new CategoryMonthlyValue(t, m, crime.Month(m, t))))
            .ToList();
        var top = crime.CrimeTypes.Take(3).Select(t => $"{t} ({ReportNumbers.FormatCount(crime.CurrentTotal(t))})");
        var alt = $"Small line charts, one per crime type, of monthly counts in {input.AreaName}, each on its own scale. " +
                  $"The largest types in the assessment period were {string.Join(", ", top)}.";
        var spec = SmallMultiplesChart.Build(values, "Per month", alt);
        return new ChartBlock("overview-by-type", "Monthly counts by crime type", spec, alt, input.PoliceUkSource,
            "Each panel has its own vertical scale, so panels show the shape of each series rather than comparing sizes; the table below gives the sizes.");
    }

    /// <summary>
    /// The headline figures of the trend overview, also the executive summary's: the total with its months, the verdict
    /// and rate ratio with the months compared (and a caution when they are fewer than the total's), and the largest
    /// category by volume. Harm stays out until its weights are verified (see <see cref="HarmWeightWording"/>).
    /// </summary>
    internal static KeyFactsBlock KeyFacts(TrendFindings findings, ReportSectionContext context)
    {
        var crime = context.Crime;
        var recorded = KeyFactPeriod.Of(crime.CurrentMonthsLoaded);
        var facts = new List<KeyFact>
        {
            new("Crimes and ASB incidents recorded", ReportNumbers.FormatCount(crime.CurrentTotal()), recorded),
        };
        if (findings.YearOnYearOf(SeriesKey.Area) is { } total)
        {
            var c = findings.Coverage;
            facts.Add(new KeyFact("Change in the months compared", TrendNarrative.IsBroadlyStable(total) ? "Broadly stable" : total.Verdict.ToLabel(),
                KeyFactPeriod.Counts(total.Previous, c.ComparisonMonthsCompared, total.Current, c.MonthsCompared, crime.CurrentMonthsLoaded.Count)));
            facts.Add(new KeyFact("Rate ratio", ReportNumbers.Format(total.RateRatio, new NumberFormat(2)),
                $"{TrendNarrative.IntervalPhrase(total)}; {KeyFactPeriod.Compared(c.ComparisonMonthsCompared, c.MonthsCompared)}"));
        }

        if (findings.CrimeTypes.Count > 0)
            facts.Add(new KeyFact("Largest category by volume", findings.CrimeTypes[0], $"{ReportNumbers.FormatCount(crime.CurrentTotal(findings.CrimeTypes[0]))} in {recorded}"));
        return new KeyFactsBlock(facts, "Key facts");
    }
}
