using Assessment.Core.Charts;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>The overview's sub-sections on the monthly pattern, long-term trend, harm and rates.</summary>
internal static class TrendPatternSections
{
    public static ReportSection Pattern(TrendFindings findings, ReportSectionContext context)
    {
        var input = context.Input;
        var area = findings.MonthlyOf(SeriesKey.Area)!;
        var blocks = new List<ReportBlock>();
        AddIfPresent(blocks, TrendChartBuilders.Control("overview-control-chart", "Recorded crime and ASB against control limits", area, input.Period.Current, "recorded crime and ASB", input.PoliceUkSource));
        if (area.ControlChart is null && area.ControlChartNote is { } note) blocks.Add(new CalloutBlock(CalloutKind.Info, ControlChartNoteWording.Describe(note), "No control chart"));

        var charted = findings.Monthly.Where(m => m.Series.Level is ComparisonLevel.Area or ComparisonLevel.CrimeType or ComparisonLevel.Theme).ToList();
        var withChart = charted.Count(m => m.ControlChart is not null);
        var signalled = charted.Where(m => m.SignalsIn(input.Period.Current).Count > 0).ToList();
        blocks.Add(new ParagraphBlock(withChart == 0
            ? $"No series has a control chart in this report: a chart needs at least {findings.Options.MinimumBaselineMonths} usable baseline months."
            : signalled.Count == 0
            ? "No series signals in the assessment period: month-to-month movement stays within what the baseline predicts."
            : $"{signalled.Count} of {withChart} charted series signal at least once in the assessment period. A signal marks a month worth checking against local knowledge; the limits allow for the baseline's own month-to-month variation, so a point beyond them is more than ordinary variation, and a run on one side of the centre line follows a change in level."));
        if (signalled.Count > 0) blocks.Add(new TableBlock(TrendTableBuilders.ControlSignals("control-signals", charted, input.Period.Current, input.PoliceUkSource)));

        var latest = area.Points.LastOrDefault(p => p.RollingTwelveMonthTotal is not null);
        blocks.Add(new ParagraphBlock(latest is null
            ? "There is no 12-month rolling total: no run of 12 consecutive usable months is loaded."
            : $"The 12-month rolling total of recorded crime and ASB was {ReportNumbers.FormatCount((long)latest.RollingTwelveMonthTotal!.Value)} in the 12 months to {latest.Month.ToLongString()}."));
        blocks.Add(new ParagraphBlock(area.Seasonal.IsComputed
            ? $"Seasonal indices were computed from {area.Seasonal.YearsUsed} complete years; monthly.csv gives them for each series."
            : $"No seasonal indices. {SeasonalIndexWording.NotComputedReason(area.Seasonal)}"));

        var crime = context.Crime;
        var values = crime.CrimeTypes.SelectMany(t => crime.LoadedMonths.Select(m => new CategoryMonthlyValue(t, m, crime.Month(m, t)))).ToList();
        if (values.Count > 0)
        {
            var top = crime.CrimeTypes.Take(3).Select(t => $"{t} ({ReportNumbers.FormatCount(crime.CurrentTotal(t))})");
            var alt = $"Small line charts, one per crime type, of monthly counts in {input.AreaName}, each on its own scale. The largest types in the assessment period were {string.Join(", ", top)}.";
            blocks.Add(new ChartBlock("overview-by-type", "Monthly counts by crime type", SmallMultiplesChart.Build(values, "Per month", alt), alt, input.PoliceUkSource,
                "Each panel has its own vertical scale, so panels show the shape of each series rather than comparing sizes."));
        }

        blocks.Add(TableBlock.CsvOnly(CrimeTables.ByMonth(context)));
        return new ReportSection("overview-pattern", "Monthly pattern and exceedance", blocks, []);
    }

    public static ReportSection LongTerm(TrendFindings findings, ReportSectionContext context)
    {
        var input = context.Input;
        var rows = findings.LongTerm.Where(t => t.Series.Level is ComparisonLevel.Area or ComparisonLevel.CrimeType or ComparisonLevel.Theme).ToList();
        var blocks = new List<ReportBlock>();
        if (findings.LongTermOf(SeriesKey.Area) is { } area) blocks.Add(new ParagraphBlock(TrendNarrative.DescribeTrend(area, input.AreaName)));
        // The area's own note is already in its sentence above; a callout repeating it word for word adds nothing.
        var areaNote = findings.LongTermOf(SeriesKey.Area) is { Method: TrendMethod.NotComputed, Note: { } n } ? LongTermTrendNoteWording.Describe(n) : null;
        var notes = rows.Select(r => r.Note).OfType<LongTermTrendNote>().Select(LongTermTrendNoteWording.Describe).Distinct().Where(n => n != areaNote).ToList();
        foreach (var note in notes) blocks.Add(new CalloutBlock(CalloutKind.Info, note, "Method"));
        var moving = rows.Where(r => r.Verdict is TrendVerdict.Increasing or TrendVerdict.Decreasing && r.Series.Level != ComparisonLevel.Area).ToList();
        if (moving.Count > 0) blocks.Add(new BulletListBlock([.. moving.Select(r => TrendNarrative.DescribeTrend(r, input.AreaName))]));
        if (rows.Any(r => r.Method != TrendMethod.NotComputed))
            blocks.Add(TableBlock.CsvOnly(TrendTableBuilders.LongTerm("trend-tests", "Long-term trend tests over all usable months", rows, input.PoliceUkSource)));
        blocks.Add(new ParagraphBlock("A trend here is a tendency to rise or fall across all loaded months, whatever its shape, and the typical change is per month; how trends are tested is set out in the methods appendix."));
        return new ReportSection("overview-trend", "Long-term trend", blocks, []);
    }

    public static ReportSection Harm(TrendFindings findings, ReportSectionContext context)
    {
        var input = context.Input;
        var harm = findings.Harm;
        var blocks = new List<ReportBlock> { new CalloutBlock(CalloutKind.Warning, HarmWeightWording.Status(harm.Table), "Indicative weights") };
        var byHarm = harm.Categories.Where(c => c.HarmRank is not null).Take(3).Select(c => $"{c.Category.ToLowerInvariant()} ({ReportNumbers.FormatPercent(harm.ShareOf(c), 0)})").ToList();
        var byVolume = harm.Categories.OrderBy(c => c.VolumeRank).Take(3).Select(c => c.Category.ToLowerInvariant()).ToList();
        if (byHarm.Count > 0)
        {
            blocks.Add(new ParagraphBlock($"With these indicative weights, the largest categories by weighted harm were {string.Join(", ", byHarm)} of the total; by volume they were {string.Join(", ", byVolume)}. " +
                "Harm weights count serious offences for more than their number (see the methodology for each weight's source)."));
        }

        var usable = findings.DataQuality.Months.Where(q => q.Status == MonthStatus.Loaded && input.Period.Current.Contains(q.Month)).Select(q => q.Month);
        blocks.Add(TableBlock.CsvOnly(TrendTableBuilders.Harm("harm-ranking", harm, MonthListText.Describe(usable), input.PoliceUkSource + "; weights: " + harm.Table.Name)));
        if (harm.Unweighted.Count > 0)
            blocks.Add(new ParagraphBlock($"Not weighted: {string.Join(", ", harm.Unweighted.Select(c => c.Category))}. {(harm.Unweighted.Count == 1 ? "It is" : "They are")} ranked by volume only."));
        return new ReportSection("overview-harm", "Harm", blocks, []);
    }

    public static ReportSection Rates(TrendFindings findings, ReportSectionContext context)
    {
        var blocks = new List<ReportBlock>();
        if (TrendSectionText.CountsOnlyNote(findings) is { } countsOnly)
        {
            blocks.Add(countsOnly);
        }
        else
        {
            var population = findings.Population!;
            blocks.Add(TableBlock.CsvOnly(TrendTableBuilders.Rates("rates-per-thousand", findings.Rates, population, context.Input.PoliceUkSource)));
            if (population.LsoasWithoutPopulation > 0)
            {
                blocks.Add(new CalloutBlock(CalloutKind.Warning,
                    $"The population file gives no residents for {population.LsoasWithoutPopulation} of the area's {population.LsoasWithPopulation + population.LsoasWithoutPopulation} LSOAs, so the rates are overstated.",
                    "Population incomplete"));
            }
        }

        return new ReportSection("overview-rates", "Rates per 1,000 residents", blocks, []);
    }

    public static void AddIfPresent(List<ReportBlock> blocks, ReportBlock? block)
    {
        if (block is not null) blocks.Add(block);
    }
}
