using Assessment.Core.Model;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// One chapter per priority theme: what it covers and the partnership's commitments (as before), then the trend
/// analysis of the theme's police.uk categories — change and its verdict, the monthly series, control chart, long-term
/// trend and its share of records (harm stays in the overview's harm section). A priority is matched to the trend theme with the same id. With no priorities configured, one
/// chapter says so (<see cref="NoPrioritiesSection"/>). Replaces the
/// count-only priority chapters (same key, "priorities").
/// </summary>
public sealed class TrendPriorityThemeSections(TrendFindings findings) : IReportSectionComposer
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

            blocks.Add(new HeadingBlock("Recorded crime and ASB trends"));
            blocks.AddRange(ThemeBlocks(id, priority, context));
            if (context.Input.Analyses.Hotspots)
            {
                blocks.Add(new ParagraphBlock("Where this theme's crimes concentrate, and whether the places are the same as last year, is set out in the chapter \u201cWhere crime concentrates: hotspots\u201d."));
                blocks.Add(NotYetIncluded.Callout("Repeat victims and partner data for this theme",
                    "partner data beyond police.uk where the theme needs it (for example safeguarding referrals, domestic abuse flags or repeat-victim records, which police.uk does not publish)"));
            }
            else
            {
                blocks.Add(NotYetIncluded.Callout("Hotspot and repeat-location analysis of this theme",
                    "the hotspot analysis, and partner data beyond police.uk where the theme needs it (for example safeguarding referrals or domestic abuse flags)"));
            }
            yield return new ReportSection(id, priority.Name, blocks, []);
        }
    }

    private List<ReportBlock> ThemeBlocks(string id, PriorityTheme priority, ReportSectionContext context)
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
            if (total is not null)
                blocks.Add(new TableBlock(TrendTableBuilders.YearOnYear(id + "-change-table", $"{theme.Theme.Name}: change by category", "Crime type", categories, findings, input.PoliceUkSource, total)));
            if (TrendChartBuilders.Control(id + "-control", $"{theme.Theme.Name}: records against control limits", monthly, input.Period.Current, subject, input.PoliceUkSource) is { } control)
                blocks.Add(control);
            else if (monthly.ControlChartNote is { } chartNote)
                blocks.Add(new ParagraphBlock($"No control chart: {ControlChartNoteWording.Describe(chartNote)}"));
        }

        if (findings.LongTermOf(key) is { } trend) blocks.Add(new ParagraphBlock(TrendNarrative.DescribeTrend(trend, input.AreaName)));
        blocks.Add(new ParagraphBlock(ShareSentence(theme)));
        return blocks;
    }

    // The share of records only: the harm ranking is indicative and kept to its own section until its weights are verified.
    private string ShareSentence(ThemeCoverage theme)
    {
        var harm = findings.Harm;
        var records = harm.Categories.Where(c => theme.Theme.CrimeTypes.Contains(c.Category, StringComparer.Ordinal)).Sum(c => c.AssessmentPeriodCount);
        var allRecords = harm.Categories.Sum(c => c.AssessmentPeriodCount);
        return $"The theme's categories hold {ReportNumbers.FormatPercent(allRecords > 0 ? (double)records / allRecords : double.NaN, 0)} of records in the assessment period.";
    }
}
