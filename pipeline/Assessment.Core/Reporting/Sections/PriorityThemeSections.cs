using Assessment.Core.Model;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// One chapter per priority theme: what it covers and the partnership's commitments, then what police.uk shows of it.
/// With the trend analysis: change and its verdict, the monthly series, the change by category, the control chart when
/// one is drawn, the long-term trend and its share of records. Without it: the counts of its related categories. A
/// priority is matched to the trend theme with the same id. With no priorities configured, one chapter says so
/// (<see cref="NoPrioritiesSection"/>).
/// </summary>
/// <param name="findings">The trend analysis, or null for counts only.</param>
public sealed class PriorityThemeSections(TrendFindings? findings = null) : IReportSectionComposer
{
    /// <inheritdoc/>
    public string Key => "priorities";

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Input.Priorities.Count == 0)
        {
            yield return NoPrioritiesSection.Create();
            yield break;
        }

        foreach (var priority in context.Input.Priorities)
        {
            var id = "priority-" + priority.Id;
            var blocks = new List<ReportBlock> { new ParagraphBlock($"**Priority:** {priority.Name}. {priority.Description}".TrimEnd()) };
            if (priority.Commitments.Count > 0)
            {
                blocks.Add(new HeadingBlock("What the partnership has committed to"));
                blocks.Add(new BulletListBlock(priority.Commitments));
                if (priority.Source is { } source) blocks.Add(new ParagraphBlock($"*Source: {source}.*"));
            }

            blocks.Add(new HeadingBlock("What police-recorded crime shows"));
            blocks.AddRange(findings is null ? CountBlocks(id, priority, context) : ThemeBlocks(findings, id, priority, context));
            if (context.Input.Analyses.Hotspots)
                blocks.Add(new ParagraphBlock("Where this theme's crimes concentrate is set out in the chapter \u201cWhere crime concentrates: hotspots\u201d. police.uk does not publish repeat victims or safeguarding flags, so those need partner data."));
            yield return new ReportSection(id, priority.Name, blocks, []);
        }
    }

    private static List<ReportBlock> CountBlocks(string id, PriorityTheme priority, ReportSectionContext context)
    {
        var types = priority.RelatedCrimeTypes.Where(t => context.Crime.CrimeTypes.Contains(t)).ToList();
        if (types.Count == 0 || context.Crime.MatchedCurrentMonths.Count == 0)
            return [new ParagraphBlock("No police.uk category in the data indicates this theme, so police-recorded crime cannot show it.")];
        return
        [
            new ParagraphBlock("police.uk categories are broad and do not map exactly onto the theme; these counts indicate its volume only."),
            new TableBlock(CrimeTables.ByType(context, id + "-counts", types, $"{priority.Name}: related police.uk categories")),
        ];
    }

    private static List<ReportBlock> ThemeBlocks(TrendFindings findings, string id, PriorityTheme priority, ReportSectionContext context)
    {
        var input = context.Input;
        var theme = findings.Theme(priority.Id);
        if (theme is null)
            return [new CalloutBlock(CalloutKind.Info, $"The trend analysis of this run had no theme with the id \u201c{priority.Id}\u201d, so this chapter has no trend analysis.", "Not measured")];
        if (!theme.IsMeasured)
            return [new CalloutBlock(CalloutKind.Info, "No police.uk category indicates this theme, so police-recorded crime cannot show its trend. It needs partner data; a category mapping can be set under crime_types: of this priority in the configuration.", "Not measured from police.uk")];

        var key = theme.Theme.SeriesKey;
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock($"Measured by the police.uk {(theme.Theme.CrimeTypes.Count == 1 ? "category" : "categories")} {string.Join(", ", theme.Theme.CrimeTypes)}. " +
                "These categories are broader than the theme, so they indicate its volume rather than measure it." +
                (theme.NotInData.Count > 0 ? $" Not found in the data: {string.Join(", ", theme.NotInData)}." : "")),
        };
        var total = findings.YearOnYearOf(key);
        var categories = theme.Theme.CrimeTypes.Select(t => findings.YearOnYearOf(new SeriesKey(ComparisonLevel.CrimeType, t))).OfType<YoyFinding>().ToList();
        if (total is not null)
        {
            blocks.Add(new ParagraphBlock(TrendNarrative.Describe(total, input.AreaName)));
            if (categories.Count > 1) blocks.Add(new BulletListBlock([.. categories.Select(f => TrendNarrative.Describe(f, input.AreaName))]));
        }
        else if (TrendSectionText.CoverageNote(findings) is { } note)
        {
            blocks.Add(note);
        }

        if (findings.MonthlyOf(key) is { Points.Count: > 0 } monthly)
        {
            var subject = $"records under the \u201c{theme.Theme.Name}\u201d theme";
            blocks.Add(TrendChartBuilders.Monthly(id + "-monthly", $"{theme.Theme.Name}: records per month", monthly, input.Period, subject, input.PoliceUkSource));
            if (categories.Count > 1 && TrendChartBuilders.Change(id + "-change", $"{theme.Theme.Name}: change by category", categories, input.PoliceUkSource) is { } change)
                blocks.Add(change);
            if (TrendChartBuilders.Control(id + "-control", $"{theme.Theme.Name}: records against control limits", monthly, input.Period.Current, subject, input.PoliceUkSource) is { } control)
                blocks.Add(control);
            else if (monthly.ControlChartNote is { } chartNote)
                blocks.Add(new ParagraphBlock($"No control chart: {ControlChartNoteWording.Describe(chartNote)}"));
        }

        if (findings.LongTermOf(key) is { } trend) blocks.Add(new ParagraphBlock(TrendNarrative.DescribeTrend(trend, input.AreaName)));
        blocks.Add(new ParagraphBlock(ShareSentence(findings, theme)));
        return blocks;
    }

    // The share of records only: the harm ranking is indicative and kept to its own section until its weights are verified.
    private static string ShareSentence(TrendFindings findings, ThemeCoverage theme)
    {
        var harm = findings.Harm;
        var records = harm.Categories.Where(c => theme.Theme.CrimeTypes.Contains(c.Category, StringComparer.Ordinal)).Sum(c => c.AssessmentPeriodCount);
        var allRecords = harm.Categories.Sum(c => c.AssessmentPeriodCount);
        return $"The theme's categories hold {ReportNumbers.FormatPercent(allRecords > 0 ? (double)records / allRecords : double.NaN, 0)} of records in the assessment period.";
    }
}
