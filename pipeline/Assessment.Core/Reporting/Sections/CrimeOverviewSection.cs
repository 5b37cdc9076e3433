using Assessment.Core.Charts;

namespace Assessment.Core.Reporting.Sections;

/// <summary>Crime and ASB overview: headline counts, the monthly trend, small multiples by type, and tables by type and by month.</summary>
public sealed class CrimeOverviewSection : IReportSectionComposer
{
    /// <inheritdoc/>
    public string Key => "overview";

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        var input = context.Input;
        var crime = context.Crime;
        const string id = "overview";
        const string title = "Crime and anti-social behaviour overview";
        if (crime.CurrentMonthsLoaded.Count == 0)
        {
            yield return new ReportSection(id, title, NotYetIncluded.Callout(
                "An overview of recorded crime and anti-social behaviour",
                $"police.uk street-level data for at least one month of the assessment period ({input.Period.Current.ToLongString()}); none was loaded"));
            yield break;
        }

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
        blocks.Add(new ParagraphBlock("The difference is a plain count difference between the two periods. It is not a test of statistical significance: " +
            "month-to-month variation alone can move counts by this much, and the significance of changes is not yet assessed in this version of the report."));
        blocks.Add(new TableBlock(CrimeTables.ByMonth(context)));
        yield return new ReportSection(id, title, blocks, []);
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
}
