using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The crime and ASB overview with the trend analysis: headline change and its verdict, then sub-sections on change by
/// crime type, theme and ward, the monthly pattern and exceedances, long-term trends, harm and rates. Replaces the
/// count-only overview (same key, "overview").
/// </summary>
public sealed class TrendOverviewSection(TrendFindings findings) : IReportSectionComposer
{
    /// <inheritdoc/>
    public string Key => "overview";

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Input;
        const string title = "Crime and anti-social behaviour overview";
        var area = findings.MonthlyOf(SeriesKey.Area);
        if (area is null || area.Points.Count == 0 || context.Crime.CurrentMonthsLoaded.Count == 0)
        {
            yield return new ReportSection("overview", title, NotYetIncluded.Callout(
                "An overview of recorded crime and anti-social behaviour",
                $"police.uk street-level data for at least one month of the assessment period ({input.Period.Current.ToLongString()}); none was loaded"));
            yield break;
        }

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
        yield return new ReportSection("overview", title, blocks, children);
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
