using Assessment.Core.Benchmarking;
using Assessment.Core.Hotspots;
using Assessment.Core.Reporting.Statutory;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The executive summary, written from the results and meant to fit on two pages: key findings; the recommended
/// priorities with one line of evidence each; every significant change; where the hotspots are; progress on the
/// previous plan; the data caveats that matter; recommendations. Each part appears only when the run produced what it
/// reports, and every sentence states a figure from <see cref="ReportResults"/> or the statutory checklist.
/// </summary>
/// <param name="results">The run's results; <see cref="ReportResults.None"/> for counts only.</param>
public sealed class ExecutiveSummarySection(ReportResults? results = null) : IDocumentSummaryComposer
{
    /// <summary>The part's key and section id.</summary>
    public const string PartKey = "executive-summary";

    private readonly ReportResults results = results ?? ReportResults.None;

    /// <inheritdoc/>
    public string Key => PartKey;

    /// <inheritdoc/>
    public IReadOnlyList<(string Id, string Title)> OwnSections => [];

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Input;
        var trends = results.Trends;
        var summary = results.Summary;
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock($"This is the {input.PartnershipName}'s strategic assessment for {input.Period.Current.ToLongString()}: the evidence for the partnership's priorities and plan. " +
                "Figures are compared with the same months a year earlier; a change is called a rise or fall only when it is larger than normal variation (see the methods appendix)."),
        };
        if (context.Crime.CurrentMonthsLoaded.Count == 0)
        {
            blocks.Add(new ParagraphBlock("No police.uk data were loaded for the assessment period, so this report has no crime figures."));
        }
        else
        {
            blocks.Add(trends is null ? OverviewFacts.Build(context) : OverviewSection.KeyFacts(trends, context));
            blocks.Add(new HeadingBlock("Key findings"));
            blocks.Add(new BulletListBlock([.. KeyFindings(context)]));
            blocks.Add(new HeadingBlock("Significant changes"));
            blocks.AddRange(SignificantChanges(context));
        }

        if (summary.Priorities.Count > 0)
        {
            blocks.Add(new HeadingBlock("Recommended priorities"));
            blocks.Add(new BulletListBlock([.. summary.Priorities.Select((p, i) => $"**{i + 1}. {p.Priority}:** {p.Evidence}")]));
        }

        if (results.Hotspots is { } hotspots && Hotspots(hotspots) is { Count: > 0 } places)
        {
            blocks.Add(new HeadingBlock("Where the hotspots are"));
            blocks.Add(new BulletListBlock(places));
        }

        if (summary.PlanProgress.Count > 0)
        {
            blocks.Add(new HeadingBlock("Progress on the previous plan"));
            blocks.Add(new ParagraphBlock(ProgressCount(summary.PlanProgress)));
            blocks.Add(new BulletListBlock([.. summary.PlanProgress.Select(m => $"**{m.Measure}** ({StatusName(m.Status)}): {m.Evidence}")]));
        }

        if (Caveats(context) is { Count: > 0 } caveats)
        {
            blocks.Add(new HeadingBlock("Data caveats"));
            blocks.Add(new BulletListBlock(caveats));
        }

        if (Recommendations(context) is { Count: > 0 } recommendations)
        {
            blocks.Add(new HeadingBlock("Recommendations"));
            blocks.Add(new BulletListBlock(recommendations));
        }

        yield return new ReportSection(PartKey, "Executive summary", blocks, []);
    }

    private IEnumerable<string> KeyFindings(ReportSectionContext context)
    {
        var input = context.Input;
        var crime = context.Crime;
        var months = KeyFactPeriod.Of(crime.CurrentMonthsLoaded);
        var largest = crime.CrimeTypes.Take(3).Select(t => $"{t.ToLowerInvariant()} ({ReportNumbers.FormatCount(crime.CurrentTotal(t))})");
        yield return $"{ReportNumbers.FormatCount(crime.CurrentTotal())} crimes and ASB incidents were recorded in {input.AreaName} in {months}. The largest categories were {string.Join(", ", largest)}.";
        if (results.Trends?.YearOnYearOf(SeriesKey.Area) is { } total)
            yield return $"Over the {MonthListText.CountWord(total.MonthsCompared)} months that can be compared with a year earlier, the total went from {ReportNumbers.FormatCount(total.Previous)} to {ReportNumbers.FormatCount(total.Current)}: {VerdictPhrase(total)}.";
        if (results.ForceComparison?.Comparison is { AllCrime.Area: { } area } comparison)
            yield return $"{input.AreaName}'s crime rate was {ReportNumbers.Format(area.Rate, NumberFormat.OneDecimal)} per 1,000 residents, {Standing(area.Verdict, comparison)}; it ranked {area.Rank} of {comparison.AllCrime.Partnerships.Count} partnerships in {comparison.ForceName}.";
    }

    private static string Standing(RateVerdict verdict, ForceComparison comparison) => verdict switch
    {
        RateVerdict.Higher => $"higher than the {comparison.ForceName} rate of {ReportNumbers.Format(comparison.AllCrime.ForceRate, NumberFormat.OneDecimal)}",
        RateVerdict.Lower => $"lower than the {comparison.ForceName} rate of {ReportNumbers.Format(comparison.AllCrime.ForceRate, NumberFormat.OneDecimal)}",
        _ => $"not distinguishable from the {comparison.ForceName} rate of {ReportNumbers.Format(comparison.AllCrime.ForceRate, NumberFormat.OneDecimal)}",
    };

    /// <summary>The crime types and themes whose change between the periods is significant, types first.</summary>
    internal static IReadOnlyList<YoyFinding> Significant(TrendFindings trends) =>
        trends.YearOnYearAt(ComparisonLevel.CrimeType).Concat(trends.YearOnYearAt(ComparisonLevel.Theme)).Where(f => f.Verdict.IsChange()).ToList();

    private IEnumerable<ReportBlock> SignificantChanges(ReportSectionContext context)
    {
        var summary = results.Summary;
        if (results.Trends is not { } trends)
        {
            yield return new ParagraphBlock("No test of change was run, so this report does not say which changes are larger than normal variation.");
        }
        else
        {
            var significant = Significant(trends);
            yield return significant.Count == 0
                ? new ParagraphBlock($"No crime type or priority theme changed significantly between the {MonthListText.CountWord(trends.Coverage.MonthsCompared.Count)} months compared and the same months a year earlier.")
                : new BulletListBlock([.. significant.Select(f => ChangeLine(f, context.Input.AreaName))]);
        }

        if (summary.ChangesSincePrevious.Count > 0)
        {
            yield return new ParagraphBlock("**Since the previous assessment:**");
            yield return new BulletListBlock(summary.ChangesSincePrevious);
        }
    }

    /// <summary>"Shoplifting rose from 412 to 530 (+29%) in the four months compared."</summary>
    internal static string ChangeLine(YoyFinding finding, string areaName)
    {
        var verb = finding.Verdict == YoyVerdict.SignificantIncrease ? "rose" : "fell";
        var change = finding.Previous > 0
            ? $" ({ReportNumbers.FormatPercent((double)(finding.Current - finding.Previous) / finding.Previous, 0, signed: true)})"
            : "";
        return $"{TrendNarrative.Subject(finding.Series, areaName)} {verb} from {ReportNumbers.FormatCount(finding.Previous)} to {ReportNumbers.FormatCount(finding.Current)}{change} {TrendNarrative.MonthsPhrase(finding.MonthsCompared)}.";
    }

    private static string VerdictPhrase(YoyFinding total) => total.Verdict switch
    {
        YoyVerdict.SignificantIncrease => "a significant rise",
        YoyVerdict.SignificantDecrease => "a significant fall",
        _ when TrendNarrative.IsBroadlyStable(total) => "broadly stable",
        _ => "not a significant change",
    };

    private static IReadOnlyList<string> Hotspots(HotspotFindings hotspots)
    {
        var lines = new List<string>();
        foreach (var group in hotspots.Groups.Where(g => g.Areas.Count > 0))
        {
            var area = group.Areas[0];
            var wards = area.Wards.Take(3).Select(w => w.Ward).ToArray();
            var where = wards.Length > 0 ? $"mostly in {HotspotWording.WardList(wards)}" : "in one part of the area";
            lines.Add($"**{group.Group.Name}:** {HotspotWording.Plural(group.Areas.Count, "hotspot")}; the largest is {where}, with {HotspotWording.Count(area.Events)} {group.Group.RecordNoun} ({HotspotWording.Percent(area.ShareOfEvents)} of them).");
        }

        return lines;
    }

    private static string ProgressCount(IReadOnlyList<MeasureProgress> progress)
    {
        var counts = progress.GroupBy(m => m.Status).OrderByDescending(g => g.Key).Select(g => $"{ReportNumbers.FormatCount(g.Count())} {StatusName(g.Key).ToLowerInvariant()}");
        return $"Of {ReportNumbers.FormatCount(progress.Count)} measures: {string.Join(", ", counts)}.";
    }

    private static string StatusName(RagStatus status) => status switch
    {
        RagStatus.NotAssessed => "Not assessed",
        RagStatus.NotStarted => "Not started",
        _ => status.ToString(),
    };

    private IReadOnlyList<string> Caveats(ReportSectionContext context)
    {
        var caveats = new List<string>();
        if (results.Trends is { } trends)
        {
            var c = trends.Coverage;
            if (c.MonthsCompared.Count < c.PeriodLength)
                caveats.Add($"{TrendSectionText.MonthsComparedSummary(c)} Changes are measured over those months only.");
            var incomplete = trends.DataQuality.IncompleteMonths;
            if (incomplete.Count > 0)
                caveats.Add($"{MonthListText.Describe(incomplete)} {(incomplete.Count == 1 ? "looks" : "look")} incomplete and {(incomplete.Count == 1 ? "is" : "are")} left out of the tests.");
        }

        caveats.Add("police.uk places each record at an approximate map point and gives no day or time, so locations are indicative and time-of-day patterns cannot be shown.");
        if (context.Checklist is { Missing.Count: > 0 } checklist)
            caveats.Add($"This run does not cover {ReportNumbers.FormatCount(checklist.Missing.Count)} of the {ReportNumbers.FormatCount(checklist.Checks.Count)} elements the regulations ask for (listed in the statutory checklist appendix).");
        return caveats;
    }

    // "changes since the previous strategic assessment" from "Changes since the previous strategic assessment, and why they occurred".
    private static string ShortName(StatutoryElement element)
    {
        var text = element.Requirement;
        var cut = text.IndexOf(',', StringComparison.Ordinal);
        if (cut > 0) text = text[..cut];
        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    private IReadOnlyList<string> Recommendations(ReportSectionContext context)
    {
        var lines = new List<string>();
        var summary = results.Summary;
        if (summary.Priorities.Count > 0)
            lines.Add($"Adopt the {ReportNumbers.FormatCount(summary.Priorities.Count)} recommended priorities above, in their order, as the basis of the partnership plan.");
        var rises = results.Trends is { } trends ? Significant(trends).Where(f => f.Verdict == YoyVerdict.SignificantIncrease).ToList() : [];
        if (rises.Count > 0)
            lines.Add($"Ask the leads concerned to explain the significant {(rises.Count == 1 ? "rise" : "rises")} in {HotspotWording.JoinAnd([.. rises.Select(f => TrendNarrative.Subject(f.Series, context.Input.AreaName).ToLowerInvariant())])} and say how the plan responds.");
        var off = summary.PlanProgress.Where(m => m.Status == RagStatus.Red).ToList();
        if (off.Count > 0)
            lines.Add($"Review the {ReportNumbers.FormatCount(off.Count)} {(off.Count == 1 ? "measure" : "measures")} rated Red: {string.Join("; ", off.Select(m => m.Measure))}.");
        if (context.Checklist is { Missing.Count: > 0 } checklist)
            lines.Add($"Before the next assessment, supply what the statutory checklist appendix lists under information gaps ({string.Join("; ", checklist.Missing.Select(m => ShortName(m.Element)))}), so that it covers every statutory element.");
        return lines;
    }
}
